using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Trust.Fixtures;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>
/// Generates malformed HTTP requests from a seed for every endpoint: bodies with wrong types, nulls,
/// missing and extra fields, bad and long strings, control and invisible characters, out-of-range numbers,
/// malformed and oversized JSON (with and without a length); unknown ids and ids of the other
/// consultation; bad query values; credentials that do not allow the call; wrong methods and routes.
/// Each request is refused whatever else it carries; the same seed gives the same requests.
/// Left out, because Kestrel refuses them with a bare status before any application code runs (so no
/// problem document is possible, and nothing reaches the hub): a NUL in the path (400), a request line
/// over 8 KB (414) and headers over 32 KB (431). That is why 100,000-character strings travel in bodies.
/// </summary>
public sealed class HttpInputs(FuzzArena arena, int seed)
{
    private const string Api = ConsultationApi.ApiPath;

    private static readonly string[] Malformed =
    [
        "", " ", "{", "}", "[]", "null", @"""text""", "12", "true", @"{""title"":}", "<settings/>", "{'title':'x'}", @"{""title"":""x"",}",
        "\u0000", "{} {}", @"{""title"" ""x""}", "{\"title\":\"unterminated}", "\u00ff\u00fe{}",
        "{\"a\":" + new string('[', 200) + new string(']', 200) + "}",
    ];

    private readonly Random _random = new(seed);

    /// <summary>The next malformed request.</summary>
    public HttpInput Next() => _random.Next(100) switch
    {
        < 33 => Create(),
        < 66 => Join(),
        < 76 => View(),
        < 85 => Summary(),
        < 91 => Rollup(),
        _ => WrongRoute(),
    };

    private HttpInput Create()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = @"""Fuzz consultation""", ["region"] = @"""Africa""", ["timeZone"] = @"""Africa/Nairobi""",
            ["startsAt"] = Pick("null", @"""2030-01-01T10:00:00Z"""), ["themes"] = @"[""data""]", ["moderationMode"] = Pick(@"""open""", @"""premoderated"""),
            ["speakingLimitSeconds"] = "180", ["queuePolicy"] = Pick(@"""fifo""", @"""balanced""", @"""first-time"""), ["capacity"] = "50",
            ["visibility"] = Pick(@"""public""", @"""private"""),
        };
        if (_random.Next(10) == 0)
        {
            var (credential, who) = NotOrganizer();
            return new HttpInput(HttpMethod.Post, Api + who.Query, Json.Object(fields), credential, $"create as {who.Name}");
        }
        var (body, what, chunked) = Mutate(fields, CreatePoison, ["title", "region"]);
        return new HttpInput(HttpMethod.Post, Api, body, TrustHost.OrganizerKey, $"create: {what}", chunked);
    }

    private HttpInput Join()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["joinCode"] = Json.Str(arena.A.JoinCode), ["displayName"] = Pick(@"""Zed""", @"""Zoë Ñandú""", @"""李明"""),
            ["affiliation"] = Pick("null", @"""""", @"""University of Nairobi"""), ["stakeholderGroup"] = Pick(@"""other""", @"""academia""", @"""member-state"""),
            ["country"] = Pick("null", @"""KE""", @"""ke"""),
        };
        var roll = _random.Next(100);
        if (roll < 15)
        {
            var (segment, whatId) = BadId();
            return new HttpInput(HttpMethod.Post, $"{Api}/{segment}/participants", Json.Object(fields), null, $"join {whatId}");
        }
        if (roll < 30)
        {
            // The moderator key joins without a code: only a bad field may stop it.
            fields.Remove("joinCode");
            var (body, what, chunked) = Mutate(fields, (name, r) => JoinPoison(name, r), ["displayName", "stakeholderGroup"]);
            return new HttpInput(HttpMethod.Post, $"{Api}/{arena.A.Id}/participants", body, arena.A.ModeratorKey, $"join as moderator: {what}", chunked);
        }
        var bearer = Pick<string?>(null, null, null, arena.Speaker.Token, arena.B.ModeratorKey, "junk-credential");
        var (joinBody, joinWhat, joinChunked) = Mutate(fields, (name, r) => JoinPoison(name, r), ["displayName", "stakeholderGroup", "joinCode"]);
        return new HttpInput(HttpMethod.Post, $"{Api}/{arena.A.Id}/participants", joinBody, bearer, $"join: {joinWhat}", joinChunked);
    }

    private HttpInput View()
    {
        if (_random.Next(2) == 0)
        {
            var (segment, what) = BadId();
            return new HttpInput(HttpMethod.Get, $"{Api}/{segment}", null, Pick<string?>(null, arena.A.ModeratorKey, arena.Speaker.Token), $"view {what}");
        }
        if (_random.Next(4) == 0)
        {
            return new HttpInput(HttpMethod.Get, $"{Api}/{arena.B.Id}", null, Pick<string?>(null, arena.A.ModeratorKey, arena.A.ObserverKey, arena.Speaker.Token), "view the other (private) consultation with A's credentials");
        }
        var (credential, who) = NotAllowedToWatch();
        return new HttpInput(HttpMethod.Get, $"{Api}/{arena.A.Id}{who.Query}", null, credential, $"view as {who.Name}");
    }

    private HttpInput Summary()
    {
        var format = Pick("markdown", "json", "csv", "JSON", "");
        switch (_random.Next(3))
        {
            case 0:
                var badFormat = Pick("xml", "pdf", "html", "markdown ", "json\u0000", "\u202ecsv", new string('j', 3_000), "md", "..%2f", "csv,json");
                return new HttpInput(HttpMethod.Get, $"{Api}/{arena.A.Id}/summary?format={Uri.EscapeDataString(badFormat)}", null, arena.A.ModeratorKey, $"summary format '{Short(badFormat)}'");
            case 1:
                var (segment, what) = BadId();
                return new HttpInput(HttpMethod.Get, $"{Api}/{segment}/summary?format={format}", null, arena.A.ModeratorKey, $"summary of {what}");
            default:
                var (credential, who) = NotAllowedToWatch(allowObservers: true);
                var query = who.Query.Length == 0 ? $"?format={format}" : $"{who.Query}&format={format}";
                return new HttpInput(HttpMethod.Get, $"{Api}/{arena.A.Id}/summary{query}", null, credential, $"summary of a live consultation as {who.Name}");
        }
    }

    private HttpInput Rollup()
    {
        if (_random.Next(3) == 0)
        {
            var (credential, who) = NotOrganizer();
            return new HttpInput(HttpMethod.Get, "/api/summaries" + (who.Query.Length == 0 ? "?format=json" : who.Query + "&format=json"), null, credential, $"roll-up as {who.Name}");
        }
        var (name, value) = Pick(
            ("date", "2025-02-30"), ("date", "yesterday"), ("date", "2025-1-1"), ("date", "20250101"), ("date", "2025-01-01T00:00:00Z"), ("date", "\u0000"),
            ("status", "open"), ("status", "LIVE"), ("status", "closed\u200b"), ("status", "0"), ("format", "xml"), ("format", "\u202ejson"), ("format", new string('x', 3_000)));
        return new HttpInput(HttpMethod.Get, $"/api/summaries?region=Africa&{name}={Uri.EscapeDataString(value)}", null, TrustHost.OrganizerKey, $"roll-up with {name}='{Short(value)}'");
    }

    private HttpInput WrongRoute()
    {
        var a = arena.A.Id;
        var (method, path) = Pick(
            (HttpMethod.Put, Api), (HttpMethod.Delete, Api), (HttpMethod.Patch, Api), (HttpMethod.Put, $"{Api}/{a}"), (HttpMethod.Delete, $"{Api}/{a}"),
            (HttpMethod.Post, $"{Api}/{a}"), (HttpMethod.Get, $"{Api}/{a}/participants"), (HttpMethod.Delete, $"{Api}/{a}/participants"),
            (HttpMethod.Post, $"{Api}/{a}/summary"), (HttpMethod.Delete, "/api/summaries"), (HttpMethod.Get, $"{Api}/{a}/points"),
            (HttpMethod.Get, $"{Api}/{a}/participants/{arena.Speaker.ParticipantId}"), (HttpMethod.Delete, $"{Api}/{a}/participants/{arena.Speaker.ParticipantId}"),
            (HttpMethod.Get, "/api/nothing"), (HttpMethod.Post, "/api/consultations/../consultations"), (HttpMethod.Get, "/api/v2/consultations"));
        return new HttpInput(method, path, method == HttpMethod.Get || method == HttpMethod.Delete ? null : Json.Object([new("title", @"""x""")]), TrustHost.OrganizerKey, $"{method} {path}");
    }

    /// <summary>Poisons one or two fields, drops a required one, adds unknown ones, or replaces the body.</summary>
    private (string Body, string What, bool Chunked) Mutate(Dictionary<string, string> fields, Func<string, Random, string?> poison, string[] required)
    {
        var roll = _random.Next(100);
        if (roll < 58)
        {
            var names = fields.Keys.Where(n => poison(n, _random) is not null).ToList();
            var name = names[_random.Next(names.Count)];
            fields[name] = poison(name, _random)!;
            var what = $"{name}={Short(fields[name])}";
            if (_random.Next(4) == 0)
            {
                var other = names[_random.Next(names.Count)];
                fields[other] = poison(other, _random)!;
                what += $", {other}={Short(fields[other])}";
            }
            return (Json.Object(fields), what, false);
        }
        if (roll < 68)
        {
            var name = required[_random.Next(required.Length)];
            fields.Remove(name);
            return (Json.Object(fields), $"{name} missing", false);
        }
        if (roll < 80)
        {
            var extra = Pick("isAdmin", "role", "id", "version", "$type", "__proto__", "moderatorKey", "Title ", "titel", "tokenHash");
            fields[extra] = Pick("true", @"""moderator""", "1", "{}", "null", @"""x""");
            return (Json.Object(fields), $"unknown field '{extra}'", false);
        }
        if (roll < 90)
        {
            var text = Malformed[_random.Next(Malformed.Length)];
            return (text, $"malformed body '{Short(text)}'", false);
        }
        var size = Pick(64 * 1024 + 1, 70_000, 100_000, 300_000);
        var field = fields.Keys.First();
        fields[field] = Json.Long(size);
        var chunked = _random.Next(2) == 0;
        return (Json.Object(fields), $"{field} of {size:N0} characters{(chunked ? ", no length" : "")}", chunked);
    }

    private static string? CreatePoison(string field, Random random) => field switch
    {
        "title" => PickFrom(random, ["null", @"""""", @"""   """, Json.Long(201), Json.Long(5_000), .. Json.BadUnicode, .. Json.NotAString]),
        "region" => PickFrom(random, ["null", @"""""", Json.Long(101), .. Json.BadUnicode, .. Json.NotAString]),
        "timeZone" => PickFrom(random, ["null", @"""""", @"""Mars/Olympus""", @"""UTC\u0000""", @"""Europe/Vienna/Extra""", @"""../../etc/passwd""", Json.Long(5_000), .. Json.NotAString]),
        "startsAt" => PickFrom(random, [@"""yesterday""", @"""2024-13-45T00:00:00Z""", @"""""", "42", "true", "{}", "[]"]),
        "themes" => PickFrom(random,
        [
            "[null]", @"[""""]", @"[""a"",""A""]", Json.Array(Enumerable.Range(0, 31).Select(i => Json.Str($"theme {i}"))), Json.Array([Json.Long(81)]),
            @"[""\u0000""]", @"[""\u202e""]", @"[""\ud800""]", @"""data""", "42", "{}", "[1]", @"[[""a""]]", "true",
        ]),
        "moderationMode" => PickFrom(random, [@"""chaos""", @"""""", "null", "0", "1", @"""open\u0000""", "[]", "{}"]),
        "speakingLimitSeconds" => PickFrom(random, ["0", "9", "3601", "-1", "2147483648", @"""abc""", "true", "null", "1.5", "{}", @"""9"""]),
        "queuePolicy" => PickFrom(random, [@"""random""", @"""""", "null", "0", "{}", @"""fifo\u200b"""]),
        "capacity" => PickFrom(random, ["0", "-1", "10001", "2147483647", @"""x""", "null", "1.5", "[]"]),
        "visibility" => PickFrom(random, [@"""secret""", @"""""", "null", "1", "{}"]),
        _ => null,
    };

    private string? JoinPoison(string field, Random random) => field switch
    {
        "joinCode" => PickFrom(random, ["null", @"""""", @"""WRNG-C0DE""", Json.Str(arena.B.JoinCode), Json.Long(5_000), @"""\u0000""", "42", "{}"]),
        "displayName" => PickFrom(random, ["null", @"""""", @"""   """, Json.Long(81), .. Json.BadUnicode, .. Json.NotAString]),
        "affiliation" => PickFrom(random, [Json.Long(121), .. Json.BadUnicode, .. Json.NotAString]),
        "stakeholderGroup" => PickFrom(random, [@"""aliens""", @"""""", "null", "0", @"""civil society""", "{}", "[]"]),
        "country" => PickFrom(random, [@"""XX""", @"""USA""", @"""u""", @"""1""", @"""\u0000""", "42", "{}", @"""K\u200bE""", Json.Long(5_000)]),
        _ => null,
    };

    private (string Segment, string What) BadId()
    {
        var (segment, what) = Pick(
            ("c-no-such-consultation", "an unknown id"), (arena.B.Id, "the other consultation"), (arena.A.Id + "x", "an unknown id"),
            (new string('a', 65), "a 65-character id"), (new string('a', 5_000), "a 5,000-character id"), ("a%20b", "an id with a space"),
            ("%E2%80%AE" + arena.A.Id, "an id with U+202E"), ("%E2%80%8B", "U+200B"), ("%F0%9F%98%80", "an emoji"),
            ("a%2Fb", "an escaped slash"), ("..%2F..%2Fapi", "an escaped path"), ("%7B%7D", "braces"), ("c%3Bdrop", "a semicolon"));
        return (segment, what);
    }

    private (string? Credential, (string Name, string Query) Who) NotOrganizer() => Pick<(string?, (string, string))>(
        (null, ("anonymous", "")), (arena.A.ModeratorKey, ("A's moderator", "")), (arena.A.ObserverKey, ("A's observer", "")),
        (arena.Speaker.Token, ("A's participant", "")), (TrustHost.OrganizerKey + "x", ("a near-miss organizer key", "")),
        (TrustHost.OrganizerKey[..^1], ("a truncated organizer key", "")), (null, ("a junk access_token", "?access_token=%E2%80%AE%00x")));

    private (string? Credential, (string Name, string Query) Who) NotAllowedToWatch(bool allowObservers = false)
    {
        var choices = new List<(string?, (string, string))>
        {
            (arena.Removed.Token, ("the removed participant", "")), (arena.B.ModeratorKey, ("B's moderator", "")), ("junk", ("junk", "")),
            (arena.Speaker.Token[..^2] + "xx", ("a tampered token", "")), (null, ("a junk access_token", "?access_token=%E2%80%AEjunk")),
        };
        if (allowObservers)
        {
            choices.AddRange([(null, ("anonymous", "")), (arena.A.ObserverKey, ("A's observer", "")), (arena.Speaker.Token, ("A's participant", ""))]);
        }
        return Pick([.. choices]);
    }

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];

    private static string PickFrom(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Short(string text) => text.Length <= 40 ? text : $"{text[..24]}…({text.Length} chars)";
}
