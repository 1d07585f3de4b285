using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>
/// Turns an abstract <see cref="Step"/> into a caller and a command against the current state:
/// ids are picked among existing ones most of the time and unknown (or missing) ones otherwise,
/// callers are the natural ones most of the time and anyone at all otherwise.
/// </summary>
public sealed class StepInterpreter
{
    public const string ModeratorParticipant = "m0";

    /// <summary>Participant ids steps may join as; <c>m0</c> is the moderator's own.</summary>
    public static readonly string[] Pool = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", ModeratorParticipant];

    private static readonly Caller ModeratorCaller = Caller.Moderator("mod");
    private static readonly Caller ModeratorOnFloor = Caller.Moderator("mod", ModeratorParticipant);

    private int _marker;

    public (Caller Caller, ConsultationCommand Command) Interpret(Step step, ConsultationState state)
    {
        var n = ++_marker;
        var (command, natural) = Command(step, state, n);
        return (step.Who < 88 ? natural : AnyCaller(step.Who, step.A), command);
    }

    /// <summary>How many times a step is issued in a row, at the same instant: bursts of posts reach the rate limit, repeats hit "already" conflicts and toggles.</summary>
    public static int Repeats(Step step) => step.Kind == StepKind.PostPoint && step.C % 6 == 0 ? 7 : step.C % 16 == 1 ? 2 : 1;

    private static (ConsultationCommand, Caller) Command(Step s, ConsultationState state, int n)
    {
        var someone = Someone(state, s.A);
        switch (s.Kind)
        {
            case StepKind.Create:
                return (new CreateConsultation(state.Settings, ConsultationBuilder.JoinCode, "hash-m", "hash-o"), Caller.Organizer);
            case StepKind.Start:
                return (new StartConsultation(), ModeratorCaller);
            case StepKind.Close:
                return (new CloseConsultation(), ModeratorCaller);
            case StepKind.Join:
                var id = s.A % 40 == 39 ? "" : Newcomer(state, s.A);
                var code = (s.B % 20) switch { 18 => "WRONG-CODE", 19 => null, _ => ConsultationBuilder.JoinCode };
                var group = s.C % 40 == 39 ? (StakeholderGroup)42 : (StakeholderGroup)(s.C % 6);
                var join = new Join(id, code, TextSamples.Name(s.Text, id), TextSamples.Affiliation(s.B / 20), group, TextSamples.Country(s.C / 40), $"hash-token-{id}");
                return (join, id == ModeratorParticipant ? ModeratorCaller : Caller.Anonymous);
            case StepKind.Connect:
                return (new Connect(someone), s.B % 4 == 0 ? Caller.System : Self(someone));
            case StepKind.Disconnect:
                return (new Disconnect(someone), s.B % 4 == 0 ? Caller.System : Self(someone));
            case StepKind.Leave:
                return (new Leave(), Self(someone));
            case StepKind.ExpireGrace:
                return (new ExpireGrace(someone), Caller.System);
            case StepKind.RemoveParticipant:
                return (new RemoveParticipant(someone, TextSamples.Reason(s.C, n)), ModeratorCaller);
            case StepKind.RaiseHand:
                var intent = (s.B % 25) switch { 24 => (HandIntent)9, < 15 => HandIntent.Speak, < 20 => HandIntent.Reply, _ => HandIntent.PointOfOrder };
                return (new RaiseHand(intent), Self(someone));
            case StepKind.LowerHand:
                return (new LowerHand(), Self(Queued(state, s.A) ?? someone));
            case StepKind.LowerAllHands:
                return (new LowerAllHands(TextSamples.Reason(s.C, n)), ModeratorCaller);
            case StepKind.RemoveHand:
                return (new RemoveHand(Queued(state, s.A) ?? someone, TextSamples.Reason(s.C, n)), ModeratorCaller);
            case StepKind.MoveHand:
                var position = state.Queue.IsEmpty || s.B % 5 == 4 ? (s.B % 2 == 0 ? 0 : state.Queue.Count + 1) : 1 + s.B % state.Queue.Count;
                return (new MoveHand(Queued(state, s.A) ?? someone, position, TextSamples.Reason(s.C, n)), ModeratorCaller);
            case StepKind.GiveFloor:
                return (new GiveFloor(s.B % 3 == 0 ? null : Queued(state, s.A) ?? someone), ModeratorCaller);
            case StepKind.EndTurn:
                return (new EndTurn(), (s.B % 3) switch
                {
                    0 => ModeratorCaller,
                    1 when state.Floor is { } floor => Self(floor.ParticipantId),
                    _ => Self(someone),
                });
            case StepKind.WarnTurn:
                return (new WarnTurn(TurnId(state, s.B)!), Caller.System);
            case StepKind.MarkOvertime:
                return (new MarkOvertime(TurnId(state, s.B)!), Caller.System);
            case StepKind.PostPoint:
                return (new PostPoint(Kind(s.B), TextSamples.Point(s.Text, n)!, TextSamples.Theme(s.C)), Self(someone));
            case StepKind.CapturePoint:
                var attributed = (s.C % 4) switch { 0 or 1 => null, 2 => someone, _ => "ghost" };
                return (new CapturePoint(Kind(s.B), TextSamples.Point(s.Text, n)!, TextSamples.Theme(s.C / 4), attributed), ModeratorCaller);
            case StepKind.Upvote:
                return (new Upvote(PointId(state, s.B)!), Self(someone));
            case StepKind.ApprovePoint:
                return (new ApprovePoint(PointId(state, s.B)!), ModeratorCaller);
            case StepKind.HidePoint:
                return (new HidePoint(PointId(state, s.B)!, TextSamples.Reason(s.C, n)), ModeratorCaller);
            case StepKind.PinPoint:
                return (new PinPoint(PointId(state, s.B)!, s.C % 3 != 0), ModeratorCaller);
            case StepKind.SetPointTheme:
                return (new SetPointTheme(PointId(state, s.B)!, TextSamples.Theme(s.C)), ModeratorCaller);
            case StepKind.MergePoints:
                return (new MergePoints(PointId(state, s.B)!, PointId(state, s.C)!, TextSamples.Reason(s.A, n)), ModeratorCaller);
            case StepKind.OpenPoll:
                return (new OpenPoll(s.Text % 10 == 9 ? " " : $"Question {n}?", Options(s.B, s.C), s.B % 2 == 0), ModeratorCaller);
            case StepKind.Vote:
                var poll = PollId(state, s.B);
                var options = poll is not null && state.Polls.TryGetValue(poll, out var p) ? p.Options.Count : 3;
                return (new Vote(poll!, s.C % (options + 2) - 1), Self(someone));
            case StepKind.ClosePoll:
                return (new ClosePoll(PollId(state, s.B)!), ModeratorCaller);
            default:
                throw new ArgumentOutOfRangeException(nameof(s), s.Kind, null);
        }
    }

    /// <summary>Mostly someone who is in, sometimes anyone from the pool (joined or not, removed or not), now and then an id nobody has.</summary>
    private static string Someone(ConsultationState state, int a)
    {
        if (a % 16 == 15)
        {
            return "ghost";
        }
        var active = state.Participants.Values.Where(p => !p.Removed).Select(p => p.Id).ToList();
        return a % 4 == 3 || active.Count == 0 ? Pool[a % Pool.Length] : active[a % active.Count];
    }

    /// <summary>Mostly an id not taken yet, sometimes a taken one.</summary>
    private static string Newcomer(ConsultationState state, int a)
    {
        var free = Pool.Where(id => !state.Participants.ContainsKey(id)).ToList();
        return a % 5 == 4 || free.Count == 0 ? Pool[a % Pool.Length] : free[a % free.Count];
    }

    /// <summary>The caller a participant id acts as: the moderator's own record goes through the moderator key.</summary>
    private static Caller Self(string participantId) => participantId == ModeratorParticipant ? ModeratorOnFloor : Caller.Participant(participantId, participantId);

    private static Caller AnyCaller(int who, int a) => (who % 8) switch
    {
        0 => Caller.Organizer,
        1 => ModeratorCaller,
        2 => ModeratorOnFloor,
        3 => Caller.Observer,
        4 => Caller.Anonymous,
        5 => Caller.System,
        6 => Caller.Participant(Pool[a % Pool.Length]),
        _ => Caller.Participant("ghost"),
    };

    private static string? Queued(ConsultationState state, int a) => state.Queue.IsEmpty || a % 5 == 4 ? null : state.Queue[a % state.Queue.Count].ParticipantId;

    private static PointKind Kind(int b) => b % 31 == 30 ? (PointKind)9 : (PointKind)(b % 4);

    private static string? TurnId(ConsultationState state, int b) => (b % 6) switch
    {
        < 3 => state.Floor?.Id ?? $"T{state.Turns.Count}",
        3 => $"T{Math.Max(1, state.Turns.Count - 1)}",
        4 => "T999",
        _ => null,
    };

    private static string? PointId(ConsultationState state, int b) => Existing(state.Points.Keys.ToList(), b, "P999");

    private static string? PollId(ConsultationState state, int b) => Existing(state.Polls.Keys.ToList(), b, "Q999");

    private static string? Existing(List<string> ids, int b, string unknown) =>
        ids.Count > 0 && b % 10 < 8 ? ids[b % ids.Count] : b % 2 == 0 ? unknown : null;

    private static string[] Options(int b, int c)
    {
        var count = c % 12;
        var options = Enumerable.Range(1, count).Select(i => $"Option {i}").ToArray();
        if (count >= 2 && b % 7 == 6)
        {
            options[^1] = options[0].ToUpperInvariant();
        }
        return options;
    }
}
