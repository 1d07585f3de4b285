using ConsultHub.Domain.Model;

namespace ConsultHub.Web.Api;

/// <summary>One consultation in the directory, with live counts.</summary>
public sealed record DirectoryEntry(
    string Id, string Title, string Region, string TimeZone, DateTimeOffset? StartsAt, ConsultationStatus Status,
    Visibility Visibility, int Participants, int Present, int Observers, Language Language,
    DateTimeOffset? StartedAt = null, DateTimeOffset? ClosedAt = null);
