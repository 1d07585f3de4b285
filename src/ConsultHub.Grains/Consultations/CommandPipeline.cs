using ConsultHub.Domain;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Storage;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The only path by which a consultation's state changes: decide through the domain, append to the
/// journal, then fold the already computed states and shape each event once per audience. State
/// moves only after the journal acknowledged the events, so a failed append leaves the pipeline at
/// its last durable state. Also keeps the resume window and writes snapshots on their cadence.
/// </summary>
public sealed partial class CommandPipeline(IEventJournal journal, TimeProvider clock, ConsultationGrainOptions options, ILogger logger)
{
    /// <summary>Events per journal append when a batch of commands runs (Azure Table takes 99 per transaction).</summary>
    private const int EventsPerAppend = 32;

    private readonly ConsultationStore _store = new(journal);
    private readonly ResumeWindow _recent = new(options.ResumeWindow);
    private long _snapshotVersion;

    /// <summary>The last durable state.</summary>
    public ConsultationState State { get; private set; } = null!;

    /// <summary>The recent events, for watchers resuming by version.</summary>
    public ResumeWindow Recent => _recent;

    /// <summary>Loads the latest snapshot and replays the journal after it, refilling the resume window.</summary>
    public async Task LoadAsync(string id, CancellationToken cancellationToken)
    {
        var loaded = await _store.LoadAsync(id, cancellationToken);
        (State, _snapshotVersion) = (loaded.Snapshot, loaded.SnapshotVersion);
        // Refold the newest replayed events through Fold, so the resume window holds them: watchers
        // of a host that crashed resume by version after the restart instead of reloading whole views.
        var unwindowed = loaded.Tail.Count - options.ResumeWindow;
        foreach (var (e, at) in loaded.Tail)
        {
            if (unwindowed-- > 0)
            {
                State = Consultation.Apply(State, e);
            }
            else
            {
                Fold([(e, Consultation.Apply(State, e))], at);
            }
        }
    }

    /// <summary>
    /// Runs commands in order: each is decided against the state the earlier ones leave, and their
    /// events go to the journal in one append (a new append after every <see cref="EventsPerAppend"/>
    /// events, which keeps Azure Table's 100-operation transactions in reach). After each durable
    /// append, <paramref name="committed"/> runs with its events. When an append fails, its commands
    /// and every later one are answered <c>unavailable</c>; commands of earlier appends stay accepted.
    /// </summary>
    public async Task<PipelineResult> RunAsync(IReadOnlyList<PendingCommand> commands, Func<IReadOnlyList<CommittedEvent>, Task> committed)
    {
        var outcomes = new CommandOutcome[commands.Count];
        var next = 0;
        while (next < commands.Count)
        {
            var now = clock.GetUtcNow();
            var first = next;
            var state = State;
            var steps = new List<(ConsultationEvent Event, ConsultationState After)>();
            for (; next < commands.Count && steps.Count < EventsPerAppend; next++)
            {
                var (caller, command, stillTrue) = commands[next];
                var decision = Consultation.Decide(state, caller, command, now);
                if (decision.Rejection is { } rejection)
                {
                    outcomes[next] = CommandOutcome.From(rejection, state.Version);
                    continue;
                }
                if (stillTrue is not null && !stillTrue())
                {
                    outcomes[next] = CommandOutcome.Refused("conflict", "The connection this notice reports has already changed again.", state.Version);
                    continue;
                }
                foreach (var e in decision.Events)
                {
                    state = Consultation.Apply(state, e);
                    steps.Add((e, state));
                }
                outcomes[next] = CommandOutcome.Ok(state.Version, CreatedId(decision.Events));
            }
            if (steps.Count == 0)
            {
                continue;
            }
            try
            {
                await _store.AppendAsync(State, [.. steps.Select(step => step.Event)], now);
            }
            catch (Exception ex) when (ex is JournalUnavailableException or JournalConcurrencyException)
            {
                LogAppendFailed(State.Id, State.Version, ex.Message);
                var unavailable = CommandOutcome.Refused(CommandOutcome.Unavailable, "Storage is unavailable; nothing was changed. Try again shortly.", State.Version);
                for (var i = first; i < commands.Count; i++)
                {
                    outcomes[i] = unavailable;
                }
                return new PipelineResult(outcomes, ex is JournalConcurrencyException ? PipelineFailure.Conflict : PipelineFailure.Unavailable);
            }
            await committed(Fold(steps, now));
            await SnapshotIfDueAsync();
        }
        return new PipelineResult(outcomes, PipelineFailure.None);
    }

    /// <summary>
    /// Moves to each step's state (already applied while deciding). Each event is shaped for an
    /// audience only when a watcher of that audience asks for it (<see cref="CommittedEvent.For"/>).
    /// </summary>
    private List<CommittedEvent> Fold(IReadOnlyList<(ConsultationEvent Event, ConsultationState After)> steps, DateTimeOffset at)
    {
        var committed = new List<CommittedEvent>(steps.Count);
        foreach (var (e, after) in steps)
        {
            committed.Add(new CommittedEvent(e, State, after, at));
            State = after;
        }
        _recent.Add(committed);
        return committed;
    }

    private async Task SnapshotIfDueAsync()
    {
        if (State.Version - _snapshotVersion < options.SnapshotEvery)
        {
            return;
        }
        try
        {
            await _store.SaveSnapshotAsync(State);
            _snapshotVersion = State.Version;
        }
        catch (Exception ex) when (ex is JournalUnavailableException)
        {
            LogSnapshotFailed(State.Id, State.Version, ex.Message);
        }
    }

    private static string? CreatedId(IReadOnlyList<ConsultationEvent> events) => events.Count == 0 ? null : events[^1] switch
    {
        PointPosted p => p.PointId,
        PollOpened p => p.PollId,
        FloorGiven f => f.TurnId,
        ParticipantJoined j => j.ParticipantId,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Append to consultation {ConsultationId} at version {Version} failed: {Reason}")]
    private partial void LogAppendFailed(string consultationId, long version, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of consultation {ConsultationId} at version {Version} failed: {Reason}")]
    private partial void LogSnapshotFailed(string consultationId, long version, string reason);
}
