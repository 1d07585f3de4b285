using System.Globalization;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>
/// The fixed words of a summary in one language: headings, labels, table headers and the names of
/// kinds, groups, statuses and intents (keyed by their wire names). The Markdown writer uses them,
/// and the JSON summary carries them as <c>labels</c> so the printed page uses the same words.
/// Templates hold <c>{0}</c>, <c>{1}</c>… where values go; every language has every label
/// (<see cref="SummaryCatalogue"/> and its test see to that).
/// </summary>
public sealed record SummaryLabels
{
    /// <summary>The language these labels are in.</summary>
    public required Language Language { get; init; }

    /// <summary>The document title: "Summary of recommendations and observations".</summary>
    public required string Title { get; init; }

    /// <summary>Roll-up title; {0} is <see cref="Title"/>.</summary>
    public required string RollupTitle { get; init; }

    public required string Region { get; init; }
    public required string Day { get; init; }

    /// <summary>{0} is the day.</summary>
    public required string DayValue { get; init; }

    public required string AllRegions { get; init; }
    public required string AllDays { get; init; }
    public required string Status { get; init; }
    public required string Consultations { get; init; }

    /// <summary>An empty list.</summary>
    public required string NoneListed { get; init; }

    public required string Totals { get; init; }

    /// <summary>{0} consultations, {1} participants, {2} speakers, {3} turns (each counted with its noun), {4} time on the floor; {5}-{8} the same four as bare numbers.</summary>
    public required string TotalsLine { get; init; }

    /// <summary>Table header: the kind of point.</summary>
    public required string Kind { get; init; }

    public required string PointsListed { get; init; }
    public required string Consultation { get; init; }
    public required string TimeZone { get; init; }

    /// <summary>{0} is the IANA zone.</summary>
    public required string TimeZoneValue { get; init; }

    public required string HeldOn { get; init; }
    public required string Created { get; init; }
    public required string PlannedStart { get; init; }
    public required string Started { get; init; }
    public required string Closed { get; init; }
    public required string Themes { get; init; }
    public required string Points { get; init; }

    /// <summary>{0} listed and {1} folded in (counted with their nouns), {2} hidden, {3} pending, {4} made in all; {5} and {6} are {0} and {1} as bare numbers.</summary>
    public required string PointCountsLine { get; init; }

    public required string NoTheme { get; init; }
    public required string Participation { get; init; }

    /// <summary>{0} participants (counted with the noun), {1} the bare number.</summary>
    public required string Joined { get; init; }

    /// <summary>As <see cref="Joined"/>, and {2} the number removed.</summary>
    public required string JoinedWithRemoved { get; init; }

    public required string ByGroup { get; init; }
    public required string ByCountry { get; init; }
    public required string Group { get; init; }
    public required string Participants { get; init; }
    public required string Speakers { get; init; }
    public required string Speaker { get; init; }
    public required string Turns { get; init; }
    public required string SpeakingTime { get; init; }
    public required string WaitingTime { get; init; }
    public required string Country { get; init; }

    /// <summary>A participant who gave no country.</summary>
    public required string Unspecified { get; init; }

    public required string Polls { get; init; }
    public required string NoPolls { get; init; }
    public required string PollOpen { get; init; }
    public required string PollClosed { get; init; }
    public required string ResultsHidden { get; init; }
    public required string Option { get; init; }
    public required string Votes { get; init; }
    public required string Share { get; init; }
    public required string Moderation { get; init; }
    public required string Hidden { get; init; }
    public required string Merged { get; init; }
    public required string Pending { get; init; }
    public required string HandsMoved { get; init; }
    public required string HandsRemoved { get; init; }
    public required string ParticipantsRemoved { get; init; }

    /// <summary>The author of a point captured for the room as a whole.</summary>
    public required string TheFloor { get; init; }

    public required string Pinned { get; init; }
    public required string Captured { get; init; }

    /// <summary>{0} is the duplicate's id.</summary>
    public required string FoldedIn { get; init; }

    public required string Timeline { get; init; }
    public required string NobodySpoke { get; init; }

    /// <summary>{0} is the IANA zone.</summary>
    public required string TimelineZone { get; init; }

    /// <summary>Between a turn's start and end.</summary>
    public required string Until { get; init; }

    public required string StillSpeaking { get; init; }
    public required string Overtime { get; init; }

    /// <summary>{0} is the id of the point a duplicate was folded into.</summary>
    public required string FoldedInto { get; init; }

    /// <summary>Local time, after a clock time.</summary>
    public required string Local { get; init; }

    public required PluralForms VoteCount { get; init; }
    public required PluralForms PointCount { get; init; }
    public required PluralForms DuplicateCount { get; init; }
    public required PluralForms ParticipantCount { get; init; }
    public required PluralForms ConsultationCount { get; init; }
    public required PluralForms SpeakerCount { get; init; }
    public required PluralForms TurnCount { get; init; }

    /// <summary>Section headings of each kind ("Recommendations"), by kind wire name.</summary>
    public required IReadOnlyDictionary<string, string> KindHeadings { get; init; }

    /// <summary>Each kind as a word ("recommendation"), by wire name.</summary>
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }

    /// <summary>Stakeholder groups ("civil society"), by wire name.</summary>
    public required IReadOnlyDictionary<string, string> Groups { get; init; }

    /// <summary>Consultation statuses, by wire name.</summary>
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }

    /// <summary>Hand intents, by wire name.</summary>
    public required IReadOnlyDictionary<string, string> Intents { get; init; }

    /// <summary>Fills a template.</summary>
    public static string Fill(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>"1 vote", "3 votes".</summary>
    public string Count(PluralForms noun, long n)
    {
        ArgumentNullException.ThrowIfNull(noun);
        return noun.Format(n, Language);
    }

    /// <summary>The name of an enum value from one of the dictionaries.</summary>
    public static string Name<TEnum>(IReadOnlyDictionary<string, string> names, TEnum value) where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(names);
        return names[WireNames.Of(value)];
    }

    /// <summary>Keys a catalogue's enum names by their wire names.</summary>
    public static IReadOnlyDictionary<string, string> ByWireName<TEnum>(IEnumerable<KeyValuePair<TEnum, string>> names) where TEnum : struct, Enum =>
        names.ToDictionary(n => WireNames.Of(n.Key), n => n.Value, StringComparer.Ordinal);
}
