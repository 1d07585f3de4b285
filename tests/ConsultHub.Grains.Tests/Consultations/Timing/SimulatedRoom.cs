using ConsultHub.Domain;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations.Timing;

/// <summary>
/// A consultation driven through the domain as the grain drives it, with a <see cref="DeadlineTimer"/>
/// on a <see cref="JitteryScheduler"/>: every accepted change re-syncs the timer, and every system
/// command the timer runs is recorded with the simulated moment it was decided at.
/// </summary>
public sealed class SimulatedRoom
{
    private readonly JitteryScheduler _clock;

    public SimulatedRoom(JitteryScheduler clock, int speakingLimitSeconds, int people)
    {
        _clock = clock;
        Timer = new DeadlineTimer(clock.Schedule, clock, () => State, command => Task.FromResult(Run(Caller.System, command)));
        var settings = new ConsultationSettings { Title = "Deadlines", Region = "Africa", SpeakingLimitSeconds = speakingLimitSeconds };
        Run(Caller.Organizer, new CreateConsultation(settings, "JOIN", "m", "o"));
        Run(Caller.Moderator(), new StartConsultation());
        for (var i = 1; i <= people; i++)
        {
            var id = $"p-{i}";
            Run(Caller.Moderator(), new Join(id, null, id, null, (StakeholderGroup)(i % 6), null, "t"));
            Run(Caller.Participant(id, id), new Connect(id));
        }
    }

    public ConsultationState State { get; private set; } = ConsultationState.Empty("c-sim");

    public DeadlineTimer Timer { get; }

    /// <summary>Every event the system timer caused, with the moment it was decided at.</summary>
    public List<(ConsultationEvent Event, DateTimeOffset At)> TimerEvents { get; } = [];

    /// <summary>Runs a command now; accepted events fold in and the timer re-syncs, as in the grain.</summary>
    public CommandOutcome Run(Caller caller, ConsultationCommand command)
    {
        var decision = Consultation.Decide(State, caller, command, _clock.Now);
        if (decision.Rejection is { } rejection)
        {
            return CommandOutcome.From(rejection, State.Version);
        }
        foreach (var e in decision.Events)
        {
            State = Consultation.Apply(State, e);
            if (caller.Role == Role.System)
            {
                TimerEvents.Add((e, _clock.Now));
            }
        }
        Timer.Sync();
        return CommandOutcome.Ok(State.Version);
    }
}
