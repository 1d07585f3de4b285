using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Directory;
using ConsultHub.Grains.Placement;
using ConsultHub.Grains.Presence;
using ConsultHub.Grains.Wall;
using ConsultHub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Hosts one consultation on Orleans: resolves callers against its own state and hands commands to
/// its <see cref="CommandPipeline"/>; committed batches go to the subscribed silos
/// (<see cref="ConsultationPublisher"/>), to the timers and to the wall. Everything it needs from
/// the web layer (events' destinations, live connections) comes in through grain calls, never from
/// process-local singletons, so it runs the same on whichever silo activates it.
/// </summary>
[RegionPlacement]
public sealed partial class ConsultationGrain(
    IEventJournal journal,
    [FromKeyedServices(TimeProviderNames.Grains)] TimeProvider clock,
    IOptions<ConsultationGrainOptions> options,
    ILogger<ConsultationGrain> logger,
    IWallFeed? wall = null,
    IClusterMembershipService? membership = null,
    SiloDeaths? deaths = null) : Grain, IConsultationGrain
{
    private readonly CommandPipeline _pipeline = new(journal, clock, options.Value, logger);
    private readonly ConsultationPublisher _publisher = new(options.Value.SubscriptionExpiry, clock, logger);
    private readonly PresenceBoard _presence = new();
    // Kept as fields: the silos' part of this grain (ConsultationGrain.Silos.cs) reads them.
    private readonly IClusterMembershipService? _membership = membership;
    private readonly SiloDeaths? _deaths = deaths;
    private readonly string _organizerKeyHash = Secrets.Hash(options.Value.OrganizerKey);
    private readonly ParticipantTokens _tokens = new(options.Value.TokenSigningKey);
    private DeadlineTimer? _deadlines;
    private WallReporter? _wall;
    private DirectoryReporter? _directory;
    private PresenceReconciler? _reconciler;
    private IGrainTimer? _expiry;
    private IDisposable? _deathsListener;

    private ConsultationState State => _pipeline.State;

    /// <inheritdoc/>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pipeline.LoadAsync(this.GetPrimaryKeyString(), cancellationToken);
        // One delegate of each kind shared by the helpers: an idle activation is mostly these.
        Func<TimeSpan, Func<Task>, IDisposable> schedule = Schedule;
        Func<ConsultationState> state = () => State;
        Func<ConsultationCommand, Task<CommandOutcome>> runAsSystem = command => RunAsync(Caller.System, command, deactivateWhenUnavailable: false);
        _deadlines = new DeadlineTimer(schedule, clock, state, runAsSystem);
        _wall = wall is null ? null : new WallReporter(wall, schedule, clock, logger);
        _directory = new DirectoryReporter(GrainFactory.GetGrain<IDirectoryGrain>(IDirectoryGrain.Key));
        _reconciler = new PresenceReconciler(_presence, state, schedule, runAsSystem);
        _reconciler.SettleAfter(options.Value.PresenceSettle);
        SyncTimers();
        _wall?.Activated(State);
        _directory.Changed(State, _publisher.Observers);
    }

    /// <inheritdoc/>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _deathsListener?.Dispose();
        _deadlines?.Dispose();
        _wall?.Dispose();
        _reconciler?.Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<CreateResult> CreateAsync(string? organizerKey, ConsultationSettings settings)
    {
        if (!Secrets.Matches(organizerKey, _organizerKeyHash))
        {
            ForgetIfUnknown();
            var message = string.IsNullOrEmpty(organizerKey) ? "Creating a consultation needs the organizer key." : "The organizer key was not recognised.";
            return new CreateResult(CommandOutcome.Refused("forbidden", message, State.Version), null, null, null);
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
            ? new JoinResult(outcome with { Id = participantId }, participantId, _tokens.Issue(State.Id, participantId, nonce))
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
        var runnable = new List<PendingCommand>(commands.Count);
        var positions = new List<int>(commands.Count);
        for (var i = 0; i < commands.Count; i++)
        {
            var (credential, command) = (commands[i].Credential, commands[i].Command);
            if (command is CreateConsultation or Join or Connect or Disconnect or null)
            {
                outcomes[i] = CommandOutcome.Refused("invalid", "Use the create, join and presence operations for this.", State.Version);
                continue;
            }
            runnable.Add(new PendingCommand(Resolve(credential), command));
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
    public async Task<CommandOutcome> NoticePresenceAsync(string? credential, PresenceNotice notice)
    {
        ForgetIfUnknown();
        if (notice is null)
        {
            return CommandOutcome.Refused("invalid", "A presence notice is required.", State.Version);
        }
        var caller = Resolve(credential);
        ConsultationCommand command = notice.Connected ? new Connect(notice.ParticipantId) : new Disconnect(notice.ParticipantId);
        // Only the participant's own connection may move their presence; anyone else gets the
        // domain's refusal before the board hears of it.
        if (caller.ParticipantId == notice.ParticipantId && !_presence.Apply(notice))
        {
            return CommandOutcome.Refused("conflict", "A later notice of this connection has already been handled.", State.Version);
        }
        var participantId = notice.ParticipantId;
        Func<bool> stillTrue = notice.Connected ? () => _presence.IsLive(participantId) : () => !_presence.IsLive(participantId);
        return (await RunAllAsync([new PendingCommand(caller, command, stillTrue)], deactivateWhenUnavailable: true))[0];
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
        var missed = sinceVersion is { } since ? _pipeline.Recent.For(audience, since, State.Version) : null;
        return Task.FromResult(new WatchResult
        {
            Role = caller.Role,
            ParticipantId = caller.ParticipantId,
            Audience = audience,
            Version = State.Version,
            Events = missed,
            View = missed is null ? ViewProjector.For(State, caller) : null,
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
        var allowed = State.Created && (ViewProjector.AudienceOf(caller.Role) == Audience.Moderator
            || (State.Status == ConsultationStatus.Closed && caller.Role != Role.Anonymous));
        return Task.FromResult(allowed ? State : null);
    }

    /// <inheritdoc/>
    public Task<ConsultationView?> GetPublicViewAsync()
    {
        ForgetIfUnknown();
        return Task.FromResult(State.Created ? ViewProjector.For(State, Caller.Observer) : null);
    }

    /// <summary>
    /// An id nobody created keeps no activation: it is deactivated after this turn, so calls with
    /// made-up ids (typos, probes, floods) cost one journal read each and hold no memory.
    /// </summary>
    private void ForgetIfUnknown()
    {
        if (!State.Created)
        {
            this.DeactivateOnIdle();
        }
    }

    private Caller Resolve(string? credential) => CallerResolver.Resolve(State, credential, _organizerKeyHash, _tokens);

    private WatchResult? WatchRefusal(Caller caller) =>
        !State.Created ? new WatchResult { Code = "not-found", Message = $"No consultation '{State.Id}'.", Version = State.Version }
        : caller.Role is Role.Anonymous or Role.System ? new WatchResult
        {
            Code = "forbidden",
            Message = "A valid key or token is required to watch this consultation.",
            ConsultationTitle = State.Settings.Title,
            Version = State.Version,
        }
        : null;

    private async Task<CommandOutcome> RunAsync(Caller caller, ConsultationCommand command, bool deactivateWhenUnavailable = true) =>
        (await RunAllAsync([new PendingCommand(caller, command)], deactivateWhenUnavailable))[0];

    /// <summary>
    /// Runs commands through the pipeline. A failed append deactivates the grain so the next call
    /// reloads, unless <paramref name="deactivateWhenUnavailable"/> is false and the journal was merely
    /// unreachable (nothing written, the state still matches it).
    /// </summary>
    private async Task<IReadOnlyList<CommandOutcome>> RunAllAsync(IReadOnlyList<PendingCommand> commands, bool deactivateWhenUnavailable)
    {
        var result = await _pipeline.RunAsync(commands, OnCommittedAsync);
        if (result.Failure == PipelineFailure.Conflict || (result.Failure == PipelineFailure.Unavailable && deactivateWhenUnavailable))
        {
            this.DeactivateOnIdle();
        }
        return result.Outcomes;
    }

    /// <summary>After each durable append: timers, wall, then the silos (events are durable, so a failed push loses nothing).</summary>
    private Task OnCommittedAsync(IReadOnlyList<CommittedEvent> committed)
    {
        SyncTimers();
        _wall?.Changed(State);
        _directory?.Changed(State, _publisher.Observers);
        _publisher.Publish(State.Id, committed);
        return Task.CompletedTask;
    }

    private void SyncTimers() => _deadlines?.Sync();

    private IDisposable Schedule(TimeSpan due, Func<Task> callback) =>
        this.RegisterGrainTimer(_ => callback(), new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
}
