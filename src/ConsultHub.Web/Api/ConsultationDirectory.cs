using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Directory;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Api;

/// <summary>
/// Lists consultations with live counts (observers summed over every silo, as of their last renewal), from the directory grain (one call, whatever the number of
/// consultations; none of them is activated). Private consultations are listed for the organizer only.
/// </summary>
public sealed class ConsultationDirectory(IGrainFactory grains, IOptions<ConsultationGrainOptions> options)
{
    private readonly string _organizerKeyHash = Secrets.Hash(options.Value.OrganizerKey);

    /// <summary>Every consultation the caller may see, newest start first.</summary>
    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(string? credential)
    {
        var organizer = Secrets.Matches(credential, _organizerKeyHash);
        var listings = await grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.Key).ListAsync();
        return
        [
            .. listings
                .Where(l => l.Visibility != Visibility.Private || organizer)
                .Select(l => new DirectoryEntry(l.Id, l.Title, l.Region, l.TimeZone, l.StartsAt, l.Status, l.Visibility, l.Participants, l.Present,
                    l.Observers, l.Language, l.StartedAt, l.ClosedAt))
                .OrderByDescending(e => e.StartsAt ?? DateTimeOffset.MinValue)
                .ThenBy(e => e.Title, StringComparer.Ordinal),
        ];
    }
}
