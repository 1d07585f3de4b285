using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Directory;

/// <summary>One consultation in the directory, as its grain last reported it.</summary>
/// <param name="Id">The consultation.</param>
/// <param name="Title">Its title.</param>
/// <param name="Region">Its region.</param>
/// <param name="TimeZone">Its IANA time zone.</param>
/// <param name="StartsAt">When it is planned to start.</param>
/// <param name="Status">Scheduled, live or closed.</param>
/// <param name="Visibility">Public or private (private ones are listed for the organizer only).</param>
/// <param name="Participants">Participants not removed.</param>
/// <param name="Present">Of those, the ones connected.</param>
/// <param name="Version">The consultation's version the listing reflects; newer wins.</param>
/// <param name="Language">The consultation's language (its pages open in it).</param>
/// <param name="StartedAt">When it went live.</param>
/// <param name="ClosedAt">When it closed.</param>
/// <param name="Observers">Observer connections watching it, summed over the silos subscribed to it.</param>
[GenerateSerializer, Immutable, Alias("ConsultHub.DirectoryListing")]
public sealed record DirectoryListing(
    string Id, string Title, string Region, string TimeZone, DateTimeOffset? StartsAt, ConsultationStatus Status,
    Visibility Visibility, int Participants, int Present, long Version,
    Language Language = Language.En, DateTimeOffset? StartedAt = null, DateTimeOffset? ClosedAt = null, int Observers = 0)
{
    /// <summary>The listing of <paramref name="state"/>, watched by <paramref name="observers"/> observer connections.</summary>
    public static DirectoryListing Of(ConsultationState state, int observers = 0)
    {
        ArgumentNullException.ThrowIfNull(state);
        var people = state.Participants.Values.Where(p => !p.Removed).ToList();
        return new DirectoryListing(state.Id, state.Settings.Title, state.Settings.Region, state.Settings.TimeZone, state.Settings.StartsAt,
            state.Status, state.Settings.Visibility, people.Count, people.Count(p => p.Connected), state.Version,
            state.Settings.Language, state.StartedAt, state.ClosedAt, observers);
    }

    /// <summary>True when only the counts (or version) differ: such changes may be written lazily.</summary>
    public bool SameHeadline(DirectoryListing other) =>
        other is not null
        && (Id, Title, Region, TimeZone, StartsAt, Status, Visibility) == (other.Id, other.Title, other.Region, other.TimeZone, other.StartsAt, other.Status, other.Visibility)
        && (Language, StartedAt, ClosedAt) == (other.Language, other.StartedAt, other.ClosedAt);
}
