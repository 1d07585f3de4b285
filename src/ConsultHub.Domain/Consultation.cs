using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Evolution;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;

namespace ConsultHub.Domain;

/// <summary>
/// The consultation as a pure state machine: <see cref="Decide"/> turns a command into events or a
/// rejection, <see cref="Apply"/> folds an event into the state. No I/O, no clock, no async:
/// time and the caller come in as arguments.
/// </summary>
public static class Consultation
{
    /// <summary>Decides a command against the current state. A rejection emits nothing.</summary>
    public static Decision Decide(ConsultationState state, Caller caller, ConsultationCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(caller);
        if (command is null)
        {
            return Decision.Reject(RejectionCode.Invalid, "A command is required.");
        }
        if (command is CreateConsultation create)
        {
            return LifecycleRules.Create(state, caller, create, now);
        }
        if (!state.Created)
        {
            return Decision.Reject(RejectionCode.NotFound, $"No consultation '{state.Id}'.");
        }
        // Closing is final for every caller, and it is checked before who is calling: participants'
        // tokens expire at close, so they arrive as anonymous and would otherwise hear "forbidden".
        if (Guard.NotClosed(state) is { } closed)
        {
            return closed;
        }
        return command switch
        {
            StartConsultation => LifecycleRules.Start(state, caller, now),
            CloseConsultation => LifecycleRules.Close(state, caller, now),
            Join c => ParticipantRules.Join(state, caller, c, now),
            Connect c => ParticipantRules.Connect(state, caller, c),
            Disconnect c => ParticipantRules.Disconnect(state, caller, c, now),
            Leave => ParticipantRules.Leave(state, caller, now),
            ExpireGrace c => ParticipantRules.ExpireGrace(state, caller, c, now),
            RemoveParticipant c => ParticipantRules.Remove(state, caller, c, now),
            RaiseHand c => QueueRules.Raise(state, caller, c, now),
            LowerHand => QueueRules.Lower(state, caller, now),
            LowerAllHands c => QueueRules.LowerAll(state, caller, c, now),
            RemoveHand c => QueueRules.Remove(state, caller, c, now),
            MoveHand c => QueueRules.Move(state, caller, c, now),
            GiveFloor c => FloorRules.Give(state, caller, c, now),
            EndTurn => FloorRules.End(state, caller, now),
            WarnTurn c => FloorRules.Warn(state, caller, c, now),
            MarkOvertime c => FloorRules.Overtime(state, caller, c, now),
            PostPoint c => PointRules.Post(state, caller, c, now),
            CapturePoint c => PointRules.Capture(state, caller, c, now),
            Upvote c => PointRules.Upvote(state, caller, c),
            ApprovePoint c => PointRules.Approve(state, caller, c),
            HidePoint c => PointRules.Hide(state, caller, c, now),
            PinPoint c => PointRules.Pin(state, caller, c),
            SetPointTheme c => PointRules.SetTheme(state, caller, c),
            MergePoints c => PointRules.Merge(state, caller, c, now),
            OpenPoll c => PollRules.Open(state, caller, c, now),
            Vote c => PollRules.Vote(state, caller, c),
            ClosePoll c => PollRules.Close(state, caller, c),
            _ => Decision.Reject(RejectionCode.Invalid, $"Unknown command {command.GetType().Name}."),
        };
    }

    /// <summary>Folds one event into the state and advances the version by one.</summary>
    public static ConsultationState Apply(ConsultationState state, ConsultationEvent @event)
    {
        var next = @event switch
        {
            ConsultationCreated e => state with
            {
                Created = true,
                Settings = e.Settings,
                Status = ConsultationStatus.Scheduled,
                JoinCode = e.JoinCode,
                ModeratorKeyHash = e.ModeratorKeyHash,
                ObserverKeyHash = e.ObserverKeyHash,
                CreatedAt = e.CreatedAt,
            },
            ConsultationStarted e => state with { Status = ConsultationStatus.Live, StartedAt = e.StartedAt },
            ConsultationClosed e => state with { Status = ConsultationStatus.Closed, ClosedAt = e.ClosedAt },
            ParticipantJoined e => ParticipantEvolution.Joined(state, e),
            ParticipantConnected e => ParticipantEvolution.Connected(state, e),
            ParticipantDisconnected e => ParticipantEvolution.Disconnected(state, e),
            ParticipantRemoved e => ParticipantEvolution.Removed(state, e),
            HandRaised e => QueueEvolution.Raised(state, e),
            HandLowered e => QueueEvolution.Lowered(state, e),
            AllHandsLowered e => QueueEvolution.AllLowered(state, e),
            HandMoved e => QueueEvolution.Moved(state, e),
            FloorGiven e => QueueEvolution.FloorGiven(state, e),
            TurnWarned e => QueueEvolution.Marked(state, e.TurnId, t => t with { Warned = true }),
            TurnOvertime e => QueueEvolution.Marked(state, e.TurnId, t => t with { Overtime = true }),
            TurnEnded e => QueueEvolution.Ended(state, e),
            PointPosted e => PointEvolution.Posted(state, e),
            PointUpvoted e => PointEvolution.Voted(state, e.PointId, e.ParticipantId, on: true),
            PointUpvoteWithdrawn e => PointEvolution.Voted(state, e.PointId, e.ParticipantId, on: false),
            PointApproved e => PointEvolution.Approved(state, e),
            PointHidden e => PointEvolution.Hidden(state, e),
            PointPinned e => PointEvolution.Pinned(state, e),
            PointThemeSet e => PointEvolution.Themed(state, e),
            PointsMerged e => PointEvolution.Merged(state, e),
            PollOpened e => PollEvolution.Opened(state, e),
            PollVoteCast e => PollEvolution.VoteCast(state, e),
            PollClosed e => PollEvolution.Closed(state, e),
            _ => throw new ArgumentException($"Unknown event {@event?.GetType().Name}.", nameof(@event)),
        };
        return next with { Version = state.Version + 1 };
    }

    /// <summary>Folds events in order.</summary>
    public static ConsultationState Replay(ConsultationState state, IEnumerable<ConsultationEvent> events) => events.Aggregate(state, Apply);
}
