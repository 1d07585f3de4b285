using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>English, the reference catalogue: its CSV terms are the stable machine names the CSV has always used.</summary>
internal static class English
{
    public static SummaryLabels Labels { get; } = new()
    {
        Language = Language.En,
        Title = "Summary of recommendations and observations",
        RollupTitle = "{0}: roll-up",
        Region = "Region",
        Day = "Day",
        DayValue = "{0} (each consultation's own time zone)",
        AllRegions = "all regions",
        AllDays = "all days",
        Status = "Status",
        Consultations = "Consultations",
        NoneListed = "none",
        Totals = "Totals",
        TotalsLine = "{0}; {1}; {2} in {3}, {4} on the floor.",
        Kind = "Kind",
        PointsListed = "Points listed",
        Consultation = "Consultation",
        TimeZone = "Time zone",
        TimeZoneValue = "{0} (times below are UTC / {0})",
        HeldOn = "Held on",
        Created = "Created",
        PlannedStart = "Planned start",
        Started = "Started",
        Closed = "Closed",
        Themes = "Themes",
        Points = "Points",
        PointCountsLine = "{0} listed, with {1} folded in; {2} hidden and {3} pending left out ({4} made in all).",
        NoTheme = "No theme",
        Participation = "Participation",
        Joined = "{0} joined.",
        JoinedWithRemoved = "{0} joined ({2} removed, not counted).",
        ByGroup = "By stakeholder group",
        ByCountry = "By country",
        Group = "Group",
        Participants = "Participants",
        Speakers = "Speakers",
        Speaker = "Speaker",
        Turns = "Turns",
        SpeakingTime = "Speaking time",
        WaitingTime = "Waiting time",
        Country = "Country",
        Unspecified = "unspecified",
        Polls = "Polls",
        NoPolls = "No polls.",
        PollOpen = "open",
        PollClosed = "closed",
        ResultsHidden = "Results are hidden until the poll closes.",
        Option = "Option",
        Votes = "Votes",
        Share = "Share",
        Moderation = "Moderation",
        Hidden = "Hidden",
        Merged = "Merged",
        Pending = "Pending",
        HandsMoved = "Hands moved",
        HandsRemoved = "Hands removed",
        ParticipantsRemoved = "Participants removed",
        TheFloor = "the floor",
        Pinned = "pinned",
        Captured = "captured by the rapporteur",
        FoldedIn = "Folded in {0}",
        Timeline = "Timeline",
        NobodySpoke = "Nobody had the floor.",
        TimelineZone = "Times are UTC / local ({0}).",
        Until = "to",
        StillSpeaking = "still speaking",
        Overtime = "overtime",
        FoldedInto = "folded into {0}",
        Local = "local",
        VoteCount = new("{0} votes", One: "{0} vote"),
        PointCount = new("{0} points", One: "{0} point"),
        DuplicateCount = new("{0} duplicates", One: "{0} duplicate"),
        ParticipantCount = new("{0} participants", One: "{0} participant"),
        ConsultationCount = new("{0} consultations", One: "{0} consultation"),
        SpeakerCount = new("{0} speakers", One: "{0} speaker"),
        TurnCount = new("{0} turns", One: "{0} turn"),
        KindHeadings = SummaryLabels.ByWireName(new Dictionary<PointKind, string>
        {
            [PointKind.Observation] = "Observations",
            [PointKind.Recommendation] = "Recommendations",
            [PointKind.Challenge] = "Challenges",
            [PointKind.Question] = "Questions",
        }),
        Kinds = SummaryLabels.ByWireName(new Dictionary<PointKind, string>
        {
            [PointKind.Observation] = "observation",
            [PointKind.Recommendation] = "recommendation",
            [PointKind.Challenge] = "challenge",
            [PointKind.Question] = "question",
        }),
        Groups = SummaryLabels.ByWireName(new Dictionary<StakeholderGroup, string>
        {
            [StakeholderGroup.CivilSociety] = "civil society",
            [StakeholderGroup.Academia] = "academia",
            [StakeholderGroup.PrivateSector] = "private sector",
            [StakeholderGroup.MemberState] = "member state",
            [StakeholderGroup.InternationalOrganization] = "international organization",
            [StakeholderGroup.Other] = "other",
        }),
        Statuses = SummaryLabels.ByWireName(new Dictionary<ConsultationStatus, string>
        {
            [ConsultationStatus.Scheduled] = "scheduled",
            [ConsultationStatus.Live] = "live",
            [ConsultationStatus.Closed] = "closed",
        }),
        Intents = SummaryLabels.ByWireName(new Dictionary<HandIntent, string>
        {
            [HandIntent.Speak] = "speak",
            [HandIntent.Reply] = "reply",
            [HandIntent.PointOfOrder] = "point-of-order",
        }),
    };

    /// <summary>The CSV's terms in English are its keys: column, section and row names as they always were.</summary>
    public static IReadOnlyDictionary<string, string> Csv { get; } = CsvTerms.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
}
