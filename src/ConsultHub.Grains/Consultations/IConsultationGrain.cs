using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Runtime;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// One live consultation, keyed by its id. Every method takes the caller's key or token; the grain
/// resolves it against its own state and the domain decides what the caller may do.
/// </summary>
public interface IConsultationGrain : IGrainWithStringKey
{
    /// <summary>Creates the consultation (organizer key required) and returns its secrets once.</summary>
    Task<CreateResult> CreateAsync(string? organizerKey, ConsultationSettings settings);

    /// <summary>Joins with the join code (or the moderator key, to take part in the floor).</summary>
    Task<JoinResult> JoinAsync(string? credential, JoinRequest request);

    /// <summary>Runs a command for the caller; acknowledged only once its events are durable.</summary>
    Task<CommandOutcome> ExecuteAsync(string? credential, ConsultationCommand command);

    /// <summary>
    /// Runs several callers' commands in order, exactly as if each were sent alone one after the
    /// other, but with one durable append for all their events (per 32 events) and one publish.
    /// Each command gets its own outcome; when storage fails, every command of the batch is
    /// answered <c>unavailable</c> and nothing changed.
    /// </summary>
    Task<IReadOnlyList<CommandOutcome>> ExecuteBatchAsync(IReadOnlyList<BatchedCommand> commands);

    /// <summary>Returns the caller's view, or the events after <paramref name="sinceVersion"/> when still at hand.</summary>
    Task<WatchResult> WatchAsync(string? credential, long? sinceVersion);

    /// <summary>Resolves a credential without changing anything (role and participant id).</summary>
    Task<Caller> AuthenticateAsync(string? credential);

    /// <summary>The whole state, for summaries: moderators and the organizer at any time, everyone allowed to watch once closed.</summary>
    Task<ConsultationState?> GetRecordAsync(string? credential);

    /// <summary>The view for an audience without a caller, for directory and wall listings.</summary>
    Task<ConsultationView?> GetPublicViewAsync();
}
