using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>What a summary is about. Times are UTC instants; <see cref="TimeZone"/> is the consultation's own zone for display.</summary>
/// <param name="Id">The consultation id.</param>
/// <param name="Title">The title.</param>
/// <param name="Region">The free-text region ("Africa").</param>
/// <param name="TimeZone">IANA time zone id.</param>
/// <param name="Status">Lifecycle status when the summary was built.</param>
/// <param name="Visibility">Whether observers need a key.</param>
/// <param name="Themes">The consultation's themes, in the moderator's order.</param>
/// <param name="HeldOn">The day of the consultation in its own time zone: of its start, else its planned start, else its creation.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="StartsAt">The planned start, if one was set.</param>
/// <param name="StartedAt">When it went live.</param>
/// <param name="ClosedAt">When it closed.</param>
public sealed record SummaryMetadata(
    string Id,
    string Title,
    string Region,
    string TimeZone,
    ConsultationStatus Status,
    Visibility Visibility,
    IReadOnlyList<string> Themes,
    DateOnly? HeldOn,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartsAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? ClosedAt);
