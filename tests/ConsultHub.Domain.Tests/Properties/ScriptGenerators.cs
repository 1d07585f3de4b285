using CsCheck;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>CsCheck generators for random consultations.</summary>
public static class ScriptGenerators
{
    /// <summary>Commands weighted so that rooms fill up, queues form and points pile up, while closing stays rare.</summary>
    public static readonly Gen<StepKind> Kind = Gen.FrequencyConst(
        (1, StepKind.Create), (8, StepKind.Start), (1, StepKind.Close),
        (20, StepKind.Join), (14, StepKind.Connect), (8, StepKind.Disconnect), (4, StepKind.Leave), (8, StepKind.ExpireGrace),
        (3, StepKind.RemoveParticipant),
        (28, StepKind.RaiseHand), (6, StepKind.LowerHand), (3, StepKind.LowerAllHands), (6, StepKind.RemoveHand), (10, StepKind.MoveHand),
        (16, StepKind.GiveFloor), (12, StepKind.EndTurn), (8, StepKind.WarnTurn), (8, StepKind.MarkOvertime),
        (24, StepKind.PostPoint), (8, StepKind.CapturePoint), (20, StepKind.Upvote), (8, StepKind.ApprovePoint), (8, StepKind.HidePoint),
        (4, StepKind.PinPoint), (6, StepKind.SetPointTheme), (10, StepKind.MergePoints),
        (4, StepKind.OpenPoll), (12, StepKind.Vote), (2, StepKind.ClosePoll));

    /// <summary>Mostly short hops, sometimes past the 30 s warning, the 60 s grace period or the speaking limit.</summary>
    public static readonly Gen<long> Advance = Gen.Frequency(
        (10, Gen.Const(0L)),
        (30, Gen.Long[1, 2_000]),
        (10, Gen.Long[2_000, 20_000]),
        (3, Gen.Long[29_000, 31_000]),
        (3, Gen.Long[59_000, 61_000]),
        (2, Gen.Long[150_000, 200_000]),
        (1, Gen.Long[300_000, 600_000]));

    public static readonly Gen<Step> Step = Gen.Select(
        Kind, Gen.Int[0, 99], Gen.Int[0, 999], Gen.Int[0, 999], Gen.Int[0, 999], Gen.Int[0, 99], Advance,
        (kind, who, a, b, c, text, advance) => new Step(kind, who, a, b, c, text, advance));

    public static readonly Gen<ConsultationSettings> Settings = Gen.Select(
        Gen.OneOfConst(QueuePolicy.Fifo, QueuePolicy.Balanced, QueuePolicy.Balanced, QueuePolicy.FirstTime), Gen.Enum<ModerationMode>(), Gen.OneOfConst(10, 20, 45, 180), Gen.OneOfConst(3, 5, 500),
        (policy, mode, limit, capacity) => ConsultationBuilder.DefaultSettings with
        {
            QueuePolicy = policy,
            ModerationMode = mode,
            SpeakingLimitSeconds = limit,
            Capacity = capacity,
        });

    /// <summary>A script of <paramref name="minSteps"/> to <paramref name="maxSteps"/> steps.</summary>
    public static Gen<Script> Script(int minSteps, int maxSteps) =>
        Gen.Select(Settings, Step.List[minSteps, maxSteps], (settings, steps) => new Script(settings, steps));
}
