using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using ConsultHub.Domain.Tests.Builders;
using ConsultHub.Domain.Views;
using Xunit.Sdk;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>
/// Runs one random script through Decide/Apply and checks, after every command, that a refusal
/// changed nothing and that an acceptance kept every invariant; also folds the journal (each event
/// serialized and read back) alongside, and replays everything from scratch at the end.
/// </summary>
public sealed class SequenceRunner
{
    private readonly RunStatistics _stats;
    private readonly StepInterpreter _interpreter = new();
    private readonly VoterModel _voters = new();
    private readonly List<ConsultationEvent> _events = [];
    private readonly List<ConsultationEvent> _readBack = [];
    private ConsultationState _state = ConsultationState.Empty("c-prop");
    private ConsultationState _journalState = ConsultationState.Empty("c-prop");
    private byte[] _stateJson;
    private DateTimeOffset _now = ConsultationBuilder.Epoch;

    private SequenceRunner(RunStatistics stats)
    {
        _stats = stats;
        _stateJson = StateJson.Utf8Of(_state);
    }

    public static void Run(Script script, RunStatistics stats)
    {
        var runner = new SequenceRunner(stats);
        runner.Execute(0, Caller.Organizer, new CreateConsultation(script.Settings, ConsultationBuilder.JoinCode, "hash-m", "hash-o"));
        Assert.True(runner._state.Created);
        for (var i = 0; i < script.Steps.Count; i++)
        {
            var step = script.Steps[i];
            runner._now = runner._now.AddMilliseconds(step.AdvanceMs);
            for (var r = 0; r < StepInterpreter.Repeats(step); r++)
            {
                var (caller, command) = runner._interpreter.Interpret(step, runner._state);
                runner.Execute(i + 1, caller, command);
            }
        }
        runner.ReplayFromScratch();
        stats.Sequence();
    }

    private void Execute(int index, Caller caller, ConsultationCommand command)
    {
        try
        {
            var decision = Consultation.Decide(_state, caller, command, _now);
            _stats.Record(decision);
            if (decision.Rejection is { } rejection)
            {
                Refused(decision, rejection);
            }
            else
            {
                Accepted(decision);
            }
        }
        catch (Exception e) when (e is not XunitException)
        {
            throw new XunitException($"Step {index}: {command} by {caller} threw {e}");
        }
        catch (XunitException e)
        {
            throw new XunitException($"Step {index}: {command} by {caller}: {e.Message}");
        }
    }

    private void Refused(Decision decision, Rejection rejection)
    {
        Assert.Empty(decision.Events);
        Assert.True(Enum.IsDefined(rejection.Code));
        Assert.False(string.IsNullOrWhiteSpace(rejection.Message));
        StateJson.AssertSame(_stateJson, StateJson.Utf8Of(_state), "A refused command changed the state");
    }

    private void Accepted(Decision decision)
    {
        Assert.NotEmpty(decision.Events);
        Assert.NotEqual(ConsultationStatus.Closed, _state.Status);
        var before = _state;
        foreach (var e in decision.Events)
        {
            var after = Consultation.Apply(_state, e);
            Project(e, _state, after);
            _voters.Apply(e, _state, after);
            _events.Add(e);
            ReadBack(e);
            _state = after;
        }
        _stateJson = StateJson.Utf8Of(_state);
        _voters.AssertMatches(_state);
        InvariantChecker.Check(before, _state, _events.Count);
        StateJson.AssertSame(_stateJson, StateJson.Utf8Of(_journalState), "The state folded from the journal");
    }

    private static void Project(ConsultationEvent e, ConsultationState before, ConsultationState after)
    {
        var observer = EventProjector.Project(e, before, after, Audience.Observer);
        ObserverLeaks.AssertNone(StateJson.Of(observer), after, $"The observers' {EventTypeNames.Of(e)} event");
        var participant = EventProjector.Project(e, before, after, Audience.Participant);
        var moderator = EventProjector.Project(e, before, after, Audience.Moderator);
        Assert.Equal(EventTypeNames.Of(e), moderator.Type);
        Assert.Equal(observer.Type == ProjectedEvent.PrivateType, participant.Type == ProjectedEvent.PrivateType);
    }

    /// <summary>Writes the event as the journal would and folds what is read back.</summary>
    private void ReadBack(ConsultationEvent e)
    {
        var type = EventTypeNames.Of(e);
        var data = DomainJson.SerializeEvent(e);
        var back = DomainJson.DeserializeEvent(type, data);
        Assert.Equal(data, DomainJson.SerializeEvent(back));
        _readBack.Add(back);
        _journalState = Consultation.Apply(_journalState, back);
    }

    private void ReplayFromScratch()
    {
        StateJson.AssertSame(_stateJson, StateJson.Utf8Of(Consultation.Replay(ConsultationState.Empty(_state.Id), _events)), "The replayed state");
        StateJson.AssertSame(_stateJson, StateJson.Utf8Of(Consultation.Replay(ConsultationState.Empty(_state.Id), _readBack)), "The state replayed from the journal");
    }
}
