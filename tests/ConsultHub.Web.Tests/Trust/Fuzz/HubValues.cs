using static ConsultHub.Web.Tests.Trust.Fuzz.HubParameter;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>
/// Valid and invalid JSON arguments for each hub parameter kind in the fuzz arena. Every invalid value is
/// refused whatever the other arguments are: the catalogs leave out what the hub rightly accepts (null for
/// optional values, an empty reason, a theme in other letter case).
/// </summary>
public sealed class HubValues(FuzzArena arena)
{
    private static readonly string[] BadIdShapes =
    [
        @"""""", @"""   """, @"""P 1""", @"""../P1""", @"""P1;DROP""", @"""c/../x""", @"""P1\n""", @"""ünïcode""", @"""😀""",
        Json.Str(new string('a', 65)), Json.Long(5_000), Json.Long(20_000),
    ];

    /// <summary>A value the hub accepts for <paramref name="parameter"/> in the arena.</summary>
    public string Valid(HubParameter parameter, Random random) => parameter switch
    {
        ConsultationId => Json.Str(arena.A.Id),
        SinceVersion => Pick(random, "null", "0", "5"),
        PointId => Pick(random, @"""P1""", @"""P2""", @"""P3"""),
        PollId => @"""Q1""",
        ParticipantId => Json.Str(arena.Speaker.ParticipantId),
        OptionalParticipantId => Pick(random, "null", Json.Str(arena.Speaker.ParticipantId), Json.Str(arena.Voter.ParticipantId)),
        Intent => Pick(random, @"""speak""", @"""reply""", @"""point-of-order"""),
        Kind => Pick(random, @"""observation""", @"""recommendation""", @"""challenge""", @"""question"""),
        Text => Pick(random, @"""A fair point.""", @"""Line one\nline two""", @"""مرحبا — 你好 — 😀"""),
        Theme => Pick(random, "null", @"""data""", @"""capacity"""),
        Reason => Pick(random, "null", @"""""", @"""Off topic."""),
        Position => "1",
        Option => Pick(random, "0", "1"),
        Flag => Pick(random, "true", "false"),
        Question => @"""Which way?""",
        Options => @"[""yes"",""no""]",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter)),
    };

    /// <summary>A value the hub must refuse for <paramref name="parameter"/>, and what it is.</summary>
    public string Invalid(HubParameter parameter, Random random) => Pick(random, Catalog(parameter));

    /// <summary>A value of the wrong JSON type for <paramref name="parameter"/>.</summary>
    public static string WrongType(HubParameter parameter, Random random) => parameter switch
    {
        SinceVersion => Pick(random, Json.NotALong),
        Position or Option => Pick(random, Json.NotAnInt),
        Flag => Pick(random, Json.NotABool),
        Options => Pick(random, [.. Json.NotAString.Where(v => !v.StartsWith('[')), @"""yes,no""", "null"]),
        OptionalParticipantId or Theme or Reason => Pick(random, Json.NotAString),
        _ => Pick(random, [.. Json.NotAString, "null"]),
    };

    /// <summary>Any value at all, for extra arguments.</summary>
    public static string Anything(Random random) =>
        Pick(random, "null", "0", "-1", "true", @"""x""", "{}", "[]", @"""P1""", @"""speak""", Json.Long(300));

    private IReadOnlyList<string> Catalog(HubParameter parameter) => parameter switch
    {
        ConsultationId => [.. BadIdShapes, .. Json.BadUnicode, "null", Json.Str(arena.B.Id), @"""c-no-such-consultation""", Json.Str(arena.A.Id + "x"), Json.Str(arena.A.Id.ToUpperInvariant())],
        SinceVersion => ["-1", "-100", "-9223372036854775808"],
        PointId => [.. BadIdShapes, .. Json.BadUnicode, "null", @"""P0""", @"""P999""", @"""Q1""", .. FuzzArena.PointsOfBOnly.Select(Json.Str)],
        PollId => [.. BadIdShapes, .. Json.BadUnicode, "null", @"""Q0""", @"""Q99""", @"""P1""", .. FuzzArena.PollsOfBOnly.Select(Json.Str)],
        ParticipantId => [.. BadIdShapes, .. Json.BadUnicode, "null", @"""u-nobody""", Json.Str(arena.Removed.ParticipantId), .. arena.OtherParticipants.Select(Json.Str)],
        OptionalParticipantId => [.. BadIdShapes, .. Json.BadUnicode, @"""u-nobody""", Json.Str(arena.Removed.ParticipantId), .. arena.OtherParticipants.Select(Json.Str)],
        Intent => [.. Json.BadUnicode, "null", @"""""", @"""shout""", @"""0""", @"""2""", @"""point of order""", @"""speak\u0000""", @"""speak-""", Json.Long(20_000)],
        Kind => [.. Json.BadUnicode, "null", @"""""", @"""rant""", @"""0""", @"""3""", @"""observations""", @"""question?""", Json.Long(20_000)],
        Text or Question => [.. Json.BadUnicode, "null", @"""""", @"""   """, @"""\n\n""", @"""\t""", Json.Long(1_001), Json.Long(20_000), @"""ok\u0000""", @"""ok\u202e"""],
        Theme => [.. Json.BadUnicode, @"""""", @"""astrology""", @"""data\u200b""", @"""da ta""", Json.Long(81), Json.Long(20_000)],
        Reason => [.. Json.BadUnicode, Json.Long(501), Json.Long(20_000), @"""ok\u0007"""],
        Position => ["0", "-1", "2", "1000", "2147483647", "-2147483648"],
        Option => ["-1", "2", "99", "2147483647", "-2147483648"],
        Flag => Json.NotABool,
        Options =>
        [
            "null", "[]", @"[""only""]", @"[""yes"",""yes""]", @"[""yes"",""YES""]", @"["""",""no""]", @"[null,""no""]", @"[""\u0000"",""no""]",
            @"[""\u202e"",""no""]", @"[""\ud800"",""no""]", "[1,2]", @"[[""a""],[""b""]]", Json.Array(Enumerable.Range(0, 11).Select(i => Json.Str($"o{i}"))),
            Json.Array([Json.Long(201), @"""no"""]), Json.Array([Json.Long(20_000), @"""no"""]),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(parameter)),
    };

    private static string Pick(Random random, params IReadOnlyList<string> values) => values[random.Next(values.Count)];
}
