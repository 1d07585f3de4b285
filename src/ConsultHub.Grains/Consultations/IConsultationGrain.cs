using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Presence;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// One live consultation, keyed by its id. Every method takes the caller's key or token; the grain
/// resolves it against its own state and the domain decides what the caller may do.
/// </summary>
[Alias("ConsultHub.IConsultationGrain")]
public interface IConsultationGrain : IGrainWithStringKey
{
    /// <summary>Creates the consultation (organizer key required) and returns its secrets once.</summary>
    [Alias("Create")]
    Task<CreateResult> CreateAsync(string? organizerKey, ConsultationSettings settings);

    /// <summary>Joins with the join code (or the moderator key, to take part in the floor).</summary>
    [Alias("Join")]
    Task<JoinResult> JoinAsync(string? credential, JoinRequest request);

    /// <summary>Runs a command for the caller; acknowledged only once its events are durable.</summary>
    [Alias("Execute")]
    Task<CommandOutcome> ExecuteAsync(string? credential, ConsultationCommand command);

    /// <summary>
    /// Runs several callers' commands in order, exactly as if each were sent alone one after the
    /// other, but with one durable append for all their events (per 32 events) and one publish.
    /// Each command gets its own outcome; when storage fails, every command of the batch is
    /// answered <c>unavailable</c> and nothing changed.
    /// </summary>
    [Alias("ExecuteBatch")]
    Task<IReadOnlyList<CommandOutcome>> ExecuteBatchAsync(IReadOnlyList<BatchedCommand> commands);

    /// <summary>
    /// A silo's notice that a participant's first connection opened or last one closed there. The
    /// participant's own token (or the moderator key) is required; a notice older than the last one
    /// that silo sent for the participant is refused as <c>conflict</c> and changes nothing.
    /// </summary>
    [Alias("NoticePresence")]
    Task<CommandOutcome> NoticePresenceAsync(string? credential, PresenceNotice notice);

    /// <summary>
    /// Subscribes a silo's observer to every committed batch (renew before
    /// <see cref="ConsultationGrainOptions.SubscriptionExpiry"/>), with the participants the silo holds live
    /// connections for, so presence recorded before a restart can be reconciled. With the last version
    /// the silo received, the events it missed (a grain deactivated and activated again between two
    /// renewals) are pushed to it at once while the resume window still holds them.
    /// </summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IConsultationObserver observer, PresenceReport presence, long? receivedVersion);

    /// <summary>Stops pushing to a silo's observer.</summary>
    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IConsultationObserver observer);

    /// <summary>
    /// Drops the subscriptions of silos the cluster has declared dead, ending their connections'
    /// presence at once; anyone may ask, as it acts only on what membership says.
    /// </summary>
    [Alias("ForgetDeadSilos")]
    Task ForgetDeadSilosAsync();

    /// <summary>Returns the caller's view, or the events after <paramref name="sinceVersion"/> when still at hand.</summary>
    [Alias("Watch")]
    Task<WatchResult> WatchAsync(string? credential, long? sinceVersion);

    /// <summary>Resolves a credential without changing anything (role and participant id).</summary>
    [Alias("Authenticate")]
    Task<Caller> AuthenticateAsync(string? credential);

    /// <summary>The whole state, for summaries: moderators and the organizer at any time, everyone allowed to watch once closed.</summary>
    [Alias("GetRecord")]
    Task<ConsultationState?> GetRecordAsync(string? credential);

    /// <summary>The view for an audience without a caller, for directory and wall listings.</summary>
    [Alias("GetPublicView")]
    Task<ConsultationView?> GetPublicViewAsync();
}
