using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries;
using ConsultHub.Grains.Consultations;
using ConsultHub.Storage;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Summaries;

/// <summary>
/// Finds the consultations a roll-up covers. Roll-ups are the organizer's: they span every
/// consultation of a region or day, private ones and live ones included (each shows its status).
/// </summary>
public sealed class SummaryCatalog(IEventJournal journal, IGrainFactory grains, IOptions<ConsultationGrainOptions> options)
{
    private readonly string _organizerKeyHash = Secrets.Hash(options.Value.OrganizerKey);

    /// <summary>Whether <paramref name="credential"/> is the hub's organizer key.</summary>
    public bool IsOrganizer(string? credential) => Secrets.Matches(credential, _organizerKeyHash);

    /// <summary>Every consultation in <paramref name="scope"/>, summarized and combined under headings in <paramref name="language"/>; each grain checks the key itself.</summary>
    public async Task<RegionalRollup> RollupAsync(RollupScope scope, string organizerKey, Language language = Language.En)
    {
        var summaries = new List<ConsultationSummary>();
        foreach (var id in await journal.ListStreamsAsync())
        {
            if (await grains.GetGrain<IConsultationGrain>(id).GetRecordAsync(organizerKey) is { Created: true } state)
            {
                summaries.Add(SummaryBuilder.Build(state));
            }
        }
        return RegionalRollup.Of(scope, summaries, language);
    }
}
