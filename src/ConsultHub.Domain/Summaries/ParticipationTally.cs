using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries;

/// <summary>Participation by stakeholder group and by country, recomputed from the participants.</summary>
internal static class ParticipationTally
{
    public static ParticipationSummary Of(ConsultationState state)
    {
        var everyone = state.Participants.Values.ToList();
        var joined = everyone.Where(p => !p.Removed).ToList();
        var byGroup = Enum.GetValues<StakeholderGroup>()
            .Select(g =>
            {
                var members = everyone.Where(p => p.Group == g).ToList();
                return new GroupParticipation(g, members.Count(p => !p.Removed), members.Count(p => p.Turns > 0), members.Sum(p => p.Turns),
                    members.Sum(p => p.SpokenMs), members.Sum(p => p.WaitedMs));
            });
        var byCountry = everyone
            .GroupBy(p => p.Country)
            .Select(c => new CountryParticipation(c.Key, c.Count(p => !p.Removed), c.Sum(p => p.Turns), c.Sum(p => p.SpokenMs)))
            .Where(c => c.Participants > 0 || c.Turns > 0)
            .OrderByDescending(c => c.Participants).ThenByDescending(c => c.SpokenMs)
            .ThenBy(c => c.Country is null ? 1 : 0).ThenBy(c => c.Country, StringComparer.Ordinal);
        return new ParticipationSummary(joined.Count, everyone.Count - joined.Count, [.. byGroup], [.. byCountry]);
    }
}
