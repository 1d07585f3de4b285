using System.Text;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>
/// Generates malformed hub calls from a seed: every method with wrong types, nulls, missing and extra
/// arguments, invalid values (bad ids, unknown ids, ids of the other consultation, out-of-range numbers,
/// control and invisible characters, long strings), unknown and streaming targets, oversized messages and
/// unparsable frames. The same seed gives the same calls.
/// </summary>
public sealed class HubInputs(FuzzArena arena, int seed, int maxMessageBytes)
{
    /// <summary>Frames the hub cannot parse as a message; it must close the connection.</summary>
    public static readonly IReadOnlyList<string> Unparsable =
    [
        @"{""type"":1,""invocationId"":""m1"",""target"":""Watch"",""arguments"":{}}",
        @"{""type"":1,""invocationId"":""m2"",""target"":""Watch"",""arguments"":""x""}",
        @"{""type"":1,""invocationId"":""m3"",""target"":42,""arguments"":[]}",
        @"{""type"":1,",
        "not json at all",
        @"{""type"":""1""}",
        "[]",
        "null",
        @"{""type"":1,""invocationId"":{},""target"":""Watch"",""arguments"":[]}",
    ];

    private static readonly string[] UnknownTargets =
    [
        "DeleteEverything", "OnConnectedAsync", "OnDisconnectedAsync", "Dispose", "GetType", "ToString", "Equals", "GetHashCode",
        "Run", "Grain", "Watches", "get_Credential", "Context", "Clients", "Groups", "Watch ", "Wátch", "Watch\u0000", "Watch\u202e",
        new string('W', 5_000),
    ];

    private readonly Random _random = new(seed);
    private readonly HubValues _values = new(arena);
    private readonly string[] _methods = [.. HubSurface.Methods.Keys.Order(StringComparer.Ordinal)];
    private long _next;

    /// <summary>The next malformed call.</summary>
    public HubInput Next()
    {
        while (true)
        {
            var input = Generate();
            var bytes = Encoding.UTF8.GetByteCount(input.Message) + 1;
            // Right at the limit the outcome depends on framing details; stay clearly on one side.
            if (Math.Abs(bytes - maxMessageBytes) > 256)
            {
                return input.ClosesConnection || bytes <= maxMessageBytes ? input : input with { InvocationId = null, ClosesConnection = true, Description = input.Description + " [oversized]" };
            }
        }
    }

    private HubInput Generate()
    {
        var roll = _random.Next(1000);
        return roll switch
        {
            < 10 => new HubInput(Unparsable[_random.Next(Unparsable.Count)], null, "unparsable frame", true),
            < 20 => Oversized(),
            < 40 => Streaming(),
            < 60 => Unknown(),
            _ => Call(),
        };
    }

    private HubInput Call()
    {
        var name = _methods[_random.Next(_methods.Length)];
        var parameters = HubSurface.Methods[name];
        var args = parameters.Select(p => _values.Valid(p, _random)).ToList();
        var mode = _random.Next(100);
        string what;
        if (parameters.Length == 0 || mode < 14)
        {
            if (parameters.Length > 0 && _random.Next(2) == 0)
            {
                var missing = 1 + _random.Next(parameters.Length);
                args.RemoveRange(args.Count - missing, missing);
                what = $"{missing} argument(s) missing";
            }
            else
            {
                var extra = 1 + _random.Next(3);
                args.AddRange(Enumerable.Range(0, extra).Select(_ => HubValues.Anything(_random)));
                what = $"{extra} extra argument(s)";
            }
        }
        else if (mode < 32)
        {
            var at = _random.Next(parameters.Length);
            args[at] = HubValues.WrongType(parameters[at], _random);
            what = $"{parameters[at]} of the wrong type";
        }
        else
        {
            var at = _random.Next(parameters.Length);
            args[at] = _values.Invalid(parameters[at], _random);
            what = $"invalid {parameters[at]}";
            if (parameters.Length > 1 && _random.Next(4) == 0)
            {
                var second = _random.Next(parameters.Length);
                args[second] = _values.Invalid(parameters[second], _random);
                what += $" and {parameters[second]}";
            }
        }
        return Invocation(1, Cased(name), args, what);
    }

    private HubInput Oversized()
    {
        var name = _methods[_random.Next(_methods.Length)];
        var args = HubSurface.Methods[name].Select(p => _values.Valid(p, _random)).Append(Json.Long(100_000)).ToList();
        return Invocation(1, name, args, "a 100,000-character argument") with { ClosesConnection = true, InvocationId = null };
    }

    private HubInput Streaming()
    {
        var name = _methods[_random.Next(_methods.Length)];
        var args = HubSurface.Methods[name].Select(p => _values.Valid(p, _random)).ToList();
        return _random.Next(2) == 0
            ? Invocation(4, name, args, "a streaming invocation of a non-streaming method")
            : Invocation(1, name, args, "an invocation that announces client streams", @",""streamIds"":[""s1""]");
    }

    private HubInput Unknown()
    {
        var target = UnknownTargets[_random.Next(UnknownTargets.Length)];
        var args = Enumerable.Range(0, _random.Next(3)).Select(_ => HubValues.Anything(_random)).ToList();
        return Invocation(1, target, args, "an unknown target");
    }

    private HubInput Invocation(int type, string target, IReadOnlyList<string> args, string what, string more = "")
    {
        var id = $"f{++_next}";
        var message = $"{{\"type\":{type},\"invocationId\":\"{id}\",\"target\":{Json.Str(target)},\"arguments\":[{string.Join(",", args)}]{more}}}";
        return new HubInput(message, id, $"{Shorten(target)}({string.Join(", ", args.Select(Shorten))}): {what}", false);
    }

    /// <summary>Hub method names are matched without regard to case; so is the fuzz.</summary>
    private string Cased(string name) => _random.Next(10) switch
    {
        0 => name.ToLowerInvariant(),
        1 => name.ToUpperInvariant(),
        _ => name,
    };

    private static string Shorten(string json) => json.Length <= 60 ? json : $"{json[..40]}…({json.Length} chars)";
}
