namespace ConsultHub.BaselineHost;

/// <summary>An event envelope shaped like the hub's: identity, version, type, time, data, tallies and queue.</summary>
public sealed record Envelope(string ConsultationId, long Version, string Type, DateTimeOffset At, object Data, object Tallies, object[] Queue)
{
    private static readonly object SampleTallies = new
    {
        presentByGroup = new Dictionary<string, int> { ["academia"] = 9, ["civil-society"] = 14, ["member-state"] = 6, ["private-sector"] = 11, ["other"] = 10 },
        presentByCountry = new Dictionary<string, int> { ["AT"] = 7, ["BR"] = 9, ["KE"] = 12, ["IN"] = 10, ["US"] = 12 },
        handsRaised = 4,
        speakers = 3,
        turns = 3,
        pointsByKind = new Dictionary<string, int> { ["observation"] = 8, ["recommendation"] = 5 },
        moderation = new { hidden = 0, merged = 0, reordered = 0, handsRemoved = 0, participantsRemoved = 0, pending = 0 },
    };

    /// <summary>An envelope of the baseline's fixed shape.</summary>
    public static Envelope Of(string id, long version, string type, DateTimeOffset at, string padding, long sequence) =>
        new(id, version, type, at, new { participantId = "u-bench", intent = "speak", raisedAt = at, note = padding }, SampleTallies,
            [new { position = 1, participantId = "u-bench", displayName = "Speaker", group = "academia", intent = "speak", raisedAt = at, sequence }]);
}
