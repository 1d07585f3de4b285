using BenchmarkDotNet.Attributes;
using ConsultHub.Domain;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Benchmarks;

/// <summary>Decide plus apply per command, on a live consultation of 50 participants.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class DecideApplyBenchmarks
{
    private ConsultationState _idle = null!;
    private ConsultationState _raised = null!;
    private readonly Caller _participant = Caller.Participant("u7");
    private readonly Caller _moderator = Caller.Moderator();

    [GlobalSetup]
    public void Setup()
    {
        _idle = SampleConsultation.Build();
        _raised = SampleConsultation.Step(_idle, _participant, new RaiseHand(HandIntent.Speak));
    }

    [Benchmark(Description = "raise hand")]
    public ConsultationState RaiseHand() => DecideApply(_idle, _participant, new RaiseHand(HandIntent.Speak));

    [Benchmark(Description = "lower hand")]
    public ConsultationState LowerHand() => DecideApply(_raised, _participant, new LowerHand());

    [Benchmark(Description = "capture point")]
    public ConsultationState CapturePoint() => DecideApply(_idle, _moderator, new CapturePoint(PointKind.Recommendation, "Share data under clear safeguards.", "data"));

    [Benchmark(Description = "rejected command")]
    public ConsultationState Rejected() => DecideApply(_idle, _participant, new LowerHand());

    private static ConsultationState DecideApply(ConsultationState state, Caller caller, ConsultationCommand command)
    {
        var decision = Consultation.Decide(state, caller, command, SampleConsultation.Start);
        foreach (var e in decision.Events)
        {
            state = Consultation.Apply(state, e);
        }
        return state;
    }
}
