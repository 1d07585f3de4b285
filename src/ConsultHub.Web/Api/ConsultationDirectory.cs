using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;
using ConsultHub.Storage;
using ConsultHub.Web.Hubs;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Api;

/// <summary>
/// Lists consultations with live counts. Private consultations are listed for the organizer only.
/// </summary>
public sealed class ConsultationDirectory(IEventJournal journal, IGrainFactory grains, WatcherRegistry watchers, IOptions<ConsultationGrainOptions> options)
{
    private readonly string _organizerKeyHash = Secrets.Hash(options.Value.OrganizerKey);

    /// <summary>Every consultation the caller may see, newest start first.</summary>
    public async Task<IReadOnlyList<DirectoryEntry>> ListAsync(string? credential)
    {
        var organizer = Secrets.Matches(credential, _organizerKeyHash);
        var entries = new List<DirectoryEntry>();
        foreach (var id in await journal.ListStreamsAsync())
        {
            var view = await grains.GetGrain<IConsultationGrain>(id).GetPublicViewAsync();
            if (view is null || (view.Settings.Visibility == Visibility.Private && !organizer))
            {
                continue;
            }
            entries.Add(new DirectoryEntry(
                view.Id, view.Settings.Title, view.Settings.Region, view.Settings.TimeZone, view.Settings.StartsAt, view.Status,
                view.Settings.Visibility, view.Participants.Count, view.Participants.Count(p => p.Connected), watchers.Count(view.Id, Domain.Views.Audience.Observer)));
        }
        return [.. entries.OrderByDescending(e => e.StartsAt ?? DateTimeOffset.MinValue).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }
}
