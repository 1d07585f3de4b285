using ConsultHub.Domain;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Benchmarks;

/// <summary>A live consultation of 50 connected participants, built through the domain.</summary>
public static class SampleConsultation
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static ConsultationState Build(int participants = 50)
    {
        var state = ConsultationState.Empty("bench");
        state = Step(state, Caller.Organizer, new CreateConsultation(new ConsultationSettings
        {
            Title = "Benchmark", Region = "Asia", TimeZone = "Asia/Bangkok", Themes = ["data", "capacity"], QueuePolicy = QueuePolicy.Balanced,
        }, "JOIN-CODE", "m", "o"));
        state = Step(state, Caller.Moderator(), new StartConsultation());
        for (var i = 0; i < participants; i++)
        {
            var id = $"u{i}";
            state = Step(state, Caller.Anonymous, new Join(id, "JOIN-CODE", $"Person {i}", null, (StakeholderGroup)(i % 6), "KE", "h"));
            state = Step(state, Caller.Participant(id), new Connect(id));
        }
        return state;
    }

    public static ConsultationState Step(ConsultationState state, Caller caller, ConsultationCommand command)
    {
        var decision = Consultation.Decide(state, caller, command, Start);
        if (!decision.IsAccepted)
        {
            throw new InvalidOperationException(decision.Rejection!.ToString());
        }
        return Consultation.Replay(state, decision.Events);
    }
}
