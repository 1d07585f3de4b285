using ConsultHub.Domain;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Runtime;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Hosts one consultation: load, decide through the domain, append, then fold and notify. State
/// changes only after the journal acknowledged the events, so a failed append leaves the
/// activation at its last durable state (and it reloads on the next call to be sure).
/// </summary>
public sealed partial class ConsultationGrain(
    IEventJournal journal,
    IConsultationNotifier notifier,
    IPresenceSource presence,
    TimeProvider clock,
    IOptions<ConsultationGrainOptions> options,
    ILogger<ConsultationGrain> logger,
    IWallFeed? wall = null) : Grain, IConsultationGrain
{
    /// <summary>Events per journal append when a batch of commands runs (Azure Table takes 99 per transaction).</summary>
    private const int EventsPerAppend = 32;

    /// <summary>How long to wait before reconciling presence again when the journal refused the corrections.</summary>
    private static readonly TimeSpan PresenceRetry = TimeSpan.FromSeconds(5);

    private readonly ConsultationStore _store = new(journal);
    private readonly string _organizerKeyHash = Secrets.Hash(options.Value.OrganizerKey);
    private readonly ParticipantTokens _tokens = new(options.Value.TokenSigningKey);
    private readonly ResumeWindow _recent = new(options.Value.ResumeWindow);
    private DeadlineTimer? _deadlines;
    private WallReporter? _wall;
    private IDisposable? _presenceRetry;
    private ConsultationState _state = null!;
    private long _snapshotVersion;

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var loaded = await _store.LoadAsync(GetPrimaryKeyString(), cancellationToken);
        (_state, _snapshotVersion) = (loaded.Snapshot, loaded.SnapshotVersion);
        // Refold the newest replayed events through Fold, so the resume window holds them: watchers
        // of a host that crashed resume by version after the restart instead of reloading whole views.
        var unwindowed = loaded.Tail.Count - options.Value.ResumeWindow;
        foreach (var (e, at) in loaded.Tail)
        {
            if (unwindowed-- > 0)
            {
                _state = Consultation.Apply(_state, e);
            }
            else
            {
                Fold([(e, Consultation.Apply(_state, e))], at);
            }
        }
        _deadlines = new DeadlineTimer(Schedule, clock, () => _state, command => RunAsync(Caller.System, command, deactivateWhenUnavailable: false));
        _wall = wall is null ? null : new WallReporter(wall, Schedule, clock, logger);
        await ReconcilePresenceAsync();
        SyncTimers();
        _wall?.Activated(_state);
    }

    /// <inheritdoc/>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _deadlines?.Dispose();
        _wall?.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<CreateResult> CreateAsync(string? organizerKey, ConsultationSettings settings)
    {
        if (!Secrets.Matches(organizerKey, _organizerKeyHash))
        {
            ForgetIfUnknown();
            var message = string.IsNullOrEmpty(organizerKey) ? "Creating a consultation needs the organizer key." : "The organizer key was not recognised.";
            return new CreateResult(CommandOutcome.Refused("forbidden", message, _state.Version), null, null, null);
        }
        var (joinCode, moderatorKey, observerKey) = (Secrets.NewJoinCode(), Secrets.NewKey(), Secrets.NewKey());
        var command = new CreateConsultation(settings, joinCode, Secrets.Hash(moderatorKey), Secrets.Hash(observerKey));
        var outcome = await RunAsync(Caller.Organizer, command);
        ForgetIfUnknown();
        return outcome.Accepted ? new CreateResult(outcome, joinCode, moderatorKey, observerKey) : new CreateResult(outcome, null, null, null);
    }

    /// <inheritdoc/>
    public async Task<JoinResult> JoinAsync(string? credential, JoinRequest request)
    {
        ForgetIfUnknown();
        var caller = Resolve(credential);
        var (participantId, nonce) = (Secrets.NewId("u"), Secrets.NewKey());
        var command = new Join(participantId, request?.JoinCode, request?.DisplayName ?? "", request?.Affiliation,
            request?.StakeholderGroup ?? default, request?.Country, Secrets.Hash(nonce));
        var outcome = await RunAsync(caller.IsModerator ? caller : Caller.Anonymous, command);
        return outcome.Accepted
            ? new JoinResult(outcome with { Id = participantId }, participantId, _tokens.Issue(_state.Id, participantId, nonce))
            : new JoinResult(outcome, null, null);
    }

    /// <inheritdoc/>
    public async Task<CommandOutcome> ExecuteAsync(string? credential, ConsultationCommand command) =>
        (await ExecuteBatchAsync([new BatchedCommand(credential, command)]))[0];

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CommandOutcome>> ExecuteBatchAsync(IReadOnlyList<BatchedCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ForgetIfUnknown();
        var outcomes = new CommandOutcome[commands.Count];
        var runnable = new List<Pending>(commands.Count);
        var positions = new List<int>(commands.Count);
        for (var i = 0; i < commands.Count; i++)
        {
            var (credential, command) = (commands[i].Credential, commands[i].Command);
            if (command is CreateConsultation or Join or null)
            {
                outcomes[i] = CommandOutcome.Refused("invalid", "Use the create and join operations for this.", _state.Version);
                continue;
            }
            // Connection notices are checked against the live connections once allowed.
            var stillTrue = command switch
            {
                Connect c => () => presence.IsConnected(_state.Id, c.ParticipantId),
                Disconnect d => () => !presence.IsConnected(_state.Id, d.ParticipantId),
                _ => (Func<bool>?)null,
            };
            runnable.Add(new Pending(Resolve(credential), command, stillTrue));
            positions.Add(i);
        }
        if (runnable.Count > 0)
        {
            var ran = await RunAllAsync(runnable, deactivateWhenUnavailable: true);
            for (var j = 0; j < ran.Count; j++)
            {
                outcomes[positions[j]] = ran[j];
            }
        }
        return outcomes;
    }

    /// <inheritdoc/>
    public Task<WatchResult> WatchAsync(string? credential, long? sinceVersion)
    {
        ForgetIfUnknown();
        var caller = Resolve(credential);
        if (WatchRefusal(caller) is { } refused)
        {
            return Task.FromResult(refused);
        }
        var audience = ViewProjector.AudienceOf(caller.Role);
        var missed = sinceVersion is { } since ? _recent.For(audience, since, _state.Version) : null;
        return Task.FromResult(new WatchResult
        {
            Role = caller.Role,
            ParticipantId = caller.ParticipantId,
            Audience = audience,
            Version = _state.Version,
            Events = missed,
            View = missed is null ? ViewProjector.For(_state, caller) : null,
        });
    }

    /// <inheritdoc/>
    public Task<Caller> AuthenticateAsync(string? credential)
    {
        ForgetIfUnknown();
        return Task.FromResult(Resolve(credential));
    }

    /// <inheritdoc/>
    public Task<ConsultationState?> GetRecordAsync(string? credential)
    {
        ForgetIfUnknown();
        var caller = Resolve(credential);
        var allowed = _state.Created && (ViewProjector.AudienceOf(caller.Role) == Audience.Moderator
            || (_state.Status == ConsultationStatus.Closed && caller.Role != Role.Anonymous));
        return Task.FromResult(allowed ? _state : null);
    }

    /// <inheritdoc/>
    public Task<ConsultationView?> GetPublicViewAsync()
    {
        ForgetIfUnknown();
        return Task.FromResult(_state.Created ? ViewProjector.For(_state, Caller.Observer) : null);
    }

    /// <summary>
    /// Disconnects participants the journal calls connected but who have no live connection. Best
    /// effort: when the journal refuses the writes, the activation keeps serving and tries again
    /// shortly. Deactivating instead would hand the queued calls to a new activation that fails the
    /// same way, over and over, for as long as the journal is down.
    /// </summary>
    private async Task ReconcilePresenceAsync()
    {
        _presenceRetry?.Dispose();
        _presenceRetry = null;
        var stale = _state.Status == ConsultationStatus.Closed
            ? []
            : _state.Participants.Values.Where(p => p.Present && !presence.IsConnected(_state.Id, p.Id)).Select(p => p.Id).ToList();
        foreach (var participantId in stale)
        {
            var outcome = await RunAsync(Caller.System, new Disconnect(participantId), deactivateWhenUnavailable: false);
            if (outcome.Code == CommandOutcome.Unavailable)
            {
                _presenceRetry = Schedule(PresenceRetry, ReconcilePresenceAsync);
                return;
            }
        }
    }

    /// <summary>
    /// An id nobody created keeps no activation: it is deactivated after this turn, so calls with
    /// made-up ids (typos, probes, floods) cost one journal read each and hold no memory.
    /// </summary>
    private void ForgetIfUnknown()
    {
        if (!_state.Created)
        {
            DeactivateOnIdle();
        }
    }

    private Caller Resolve(string? credential) => CallerResolver.Resolve(_state, credential, _organizerKeyHash, _tokens);

    private WatchResult? WatchRefusal(Caller caller) =>
        !_state.Created ? new WatchResult { Code = "not-found", Message = $"No consultation '{_state.Id}'.", Version = _state.Version }
        : caller.Role is Role.Anonymous or Role.System ? new WatchResult
        {
            Code = "forbidden",
            Message = "A valid key or token is required to watch this consultation.",
            ConsultationTitle = _state.Settings.Title,
            Version = _state.Version,
        }
        : null;

    /// <summary>Decide, append, fold, notify: the only path by which state changes. A failed append
    /// deactivates the grain so the next call reloads, unless <paramref name="deactivateWhenUnavailable"/>
    /// is false and the journal was merely unreachable (nothing written, the state still matches it).</summary>
    private async Task<CommandOutcome> RunAsync(Caller caller, ConsultationCommand command, bool deactivateWhenUnavailable = true) =>
        (await RunAllAsync([new Pending(caller, command, null)], deactivateWhenUnavailable))[0];

    /// <summary>
    /// <see cref="RunAsync"/> for several commands: each is decided against the state the earlier
    /// ones leave, exactly as one after the other, and their events go to the journal in one append
    /// (a new append after every <see cref="EventsPerAppend"/> events, which keeps Azure Table's
    /// 100-operation transactions in reach). When an append fails, its commands and every later one
    /// are answered <c>unavailable</c>; commands of earlier appends stay accepted.
    /// </summary>
    private async Task<IReadOnlyList<CommandOutcome>> RunAllAsync(IReadOnlyList<Pending> commands, bool deactivateWhenUnavailable)
    {
        var outcomes = new CommandOutcome[commands.Count];
        var next = 0;
        while (next < commands.Count)
        {
            var now = clock.GetUtcNow();
            var first = next;
            var state = _state;
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
                await _store.AppendAsync(_state, [.. steps.Select(step => step.Event)], now);
            }
            catch (Exception ex) when (ex is JournalUnavailableException or JournalConcurrencyException)
            {
                LogAppendFailed(_state.Id, _state.Version, ex.Message);
                if (deactivateWhenUnavailable || ex is JournalConcurrencyException)
                {
                    DeactivateOnIdle();
                }
                var unavailable = CommandOutcome.Refused(CommandOutcome.Unavailable, "Storage is unavailable; nothing was changed. Try again shortly.", _state.Version);
                for (var i = first; i < commands.Count; i++)
                {
                    outcomes[i] = unavailable;
                }
                return outcomes;
            }
            var committed = Fold(steps, now);
            SyncTimers();
            _wall?.Changed(_state);
            await PublishAsync(committed);
            await SnapshotIfDueAsync();
        }
        return outcomes;
    }

    /// <summary>Moves to each step's state (already applied while deciding) and projects its event once per audience.</summary>
    private List<CommittedEvent> Fold(IReadOnlyList<(ConsultationEvent Event, ConsultationState After)> steps, DateTimeOffset at)
    {
        var committed = new List<CommittedEvent>(steps.Count);
        foreach (var (e, after) in steps)
        {
            var before = _state;
            _state = after;
            EventEnvelope Envelope(Audience audience)
            {
                var projected = EventProjector.Project(e, before, _state, audience);
                return new EventEnvelope(_state.Id, _state.Version, projected.Type, at, projected.Data, projected.Tallies, projected.Queue);
            }
            committed.Add(new CommittedEvent(_state.Id, _state.Version, e, Envelope(Audience.Moderator), Envelope(Audience.Participant), Envelope(Audience.Observer)));
        }
        _recent.Add(committed);
        return committed;
    }

    /// <summary>Events are durable before notification, so a notifier failure loses nothing: watchers resume from their last version.</summary>
    private async Task PublishAsync(IReadOnlyList<CommittedEvent> committed)
    {
        try
        {
            await notifier.PublishAsync(committed);
        }
        catch (Exception ex)
        {
            LogNotifyFailed(_state.Id, _state.Version, ex);
        }
    }

    private async Task SnapshotIfDueAsync()
    {
        if (_state.Version - _snapshotVersion < options.Value.SnapshotEvery)
        {
            return;
        }
        try
        {
            await _store.SaveSnapshotAsync(_state);
            _snapshotVersion = _state.Version;
        }
        catch (Exception ex) when (ex is JournalUnavailableException)
        {
            LogSnapshotFailed(_state.Id, _state.Version, ex.Message);
        }
    }

    private void SyncTimers() => _deadlines?.Sync();

    private IDisposable Schedule(TimeSpan due, Func<Task> callback) =>
        RegisterGrainTimer(_ => callback(), new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifying watchers of consultation {ConsultationId} at version {Version} failed")]
    private partial void LogNotifyFailed(string consultationId, long version, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Snapshot of consultation {ConsultationId} at version {Version} failed: {Reason}")]
    private partial void LogSnapshotFailed(string consultationId, long version, string reason);

    /// <summary>
    /// A command waiting to run, with its resolved caller. <c>StillTrue</c> checks, once the command
    /// is allowed, that what it reports still holds: a connection notice overtaken by a later one (an
    /// old tab closing while a new one opens, their notices arriving in either order) is refused as
    /// <c>conflict</c>, so presence follows the live connections rather than the order of notices.
    /// </summary>
    private sealed record Pending(Caller Caller, ConsultationCommand Command, Func<bool>? StillTrue);
}
