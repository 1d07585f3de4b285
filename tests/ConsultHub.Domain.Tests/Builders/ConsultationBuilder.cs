using System.Collections.Immutable;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests.Builders;

/// <summary>
/// Arranges a consultation through the real <see cref="Consultation.Decide"/> and
/// <see cref="Consultation.Apply"/>, so an arrangement can never reach a state the domain would
/// refuse: a rejected step throws. Time is a fake clock that only moves when told to.
/// </summary>
public sealed class ConsultationBuilder
{
    /// <summary>The fake clock's starting point.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public const string JoinCode = "KQ7-42MZ";
    public const string ModeratorKeyHash = "hash-moderator-key";
    public const string ObserverKeyHash = "hash-observer-key";
    public const string DataSharing = "Data sharing and privacy";
    public const string CapacityBuilding = "Capacity building";

    private readonly List<ConsultationEvent> _events = [];

    private ConsultationBuilder(string id)
    {
        State = ConsultationState.Empty(id);
        Now = Epoch;
    }

    /// <summary>The arranged state.</summary>
    public ConsultationState State { get; private set; }

    /// <summary>The fake "now" every command is decided at.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>Every accepted event, in order.</summary>
    public IReadOnlyList<ConsultationEvent> Events => _events;

    public Caller Moderator { get; } = Caller.Moderator("Ana (moderator)");

    public Caller Organizer => Caller.Organizer;

    public Caller Observer => Caller.Observer;

    public Caller System => Caller.System;

    public Caller Participant(string id) => Caller.Participant(id, id);

    /// <summary>The moderator acting through the participant record they joined with.</summary>
    public Caller ModeratorAs(string participantId) => Caller.Moderator("Ana (moderator)", participantId);

    /// <summary>Settings a typical regional consultation starts from.</summary>
    public static ConsultationSettings DefaultSettings { get; } = new()
    {
        Title = "Regional consultation on the draft convention",
        Region = "Africa",
        TimeZone = "Africa/Nairobi",
        Themes = [DataSharing, CapacityBuilding],
    };

    /// <summary>A consultation that does not exist yet.</summary>
    public static ConsultationBuilder Uncreated(string id = "c-1") => new(id);

    /// <summary>A scheduled consultation created by the organizer, with optional overrides.</summary>
    public static ConsultationBuilder Created(Func<ConsultationSettings, ConsultationSettings>? configure = null, string id = "c-1")
    {
        var builder = new ConsultationBuilder(id);
        var settings = configure is null ? DefaultSettings : configure(DefaultSettings);
        builder.Execute(Caller.Organizer, new CreateConsultation(settings, JoinCode, ModeratorKeyHash, ObserverKeyHash));
        return builder;
    }

    /// <summary>A live consultation.</summary>
    public static ConsultationBuilder Live(Func<ConsultationSettings, ConsultationSettings>? configure = null) => Created(configure).Started();

    public ConsultationBuilder Started() => Step(Moderator, new StartConsultation());

    public ConsultationBuilder Closed() => Step(Moderator, new CloseConsultation());

    /// <summary>Joins with the join code and, unless told otherwise, connects.</summary>
    public ConsultationBuilder Joined(string id, StakeholderGroup group = StakeholderGroup.CivilSociety, string? country = null, bool connected = true, string? name = null)
    {
        Step(Caller.Anonymous, new Join(id, JoinCode, name ?? $"Name of {id}", null, group, country, TokenHashOf(id)));
        return connected ? Connected(id) : this;
    }

    /// <summary>The moderator joins the floor as participant <paramref name="id"/> (no join code needed).</summary>
    public ConsultationBuilder ModeratorJoined(string id, StakeholderGroup group = StakeholderGroup.Other, string? country = null)
    {
        Step(Moderator, new Join(id, null, "Ana", null, group, country, TokenHashOf(id)));
        return Connected(id);
    }

    public ConsultationBuilder Connected(string id) => Step(Participant(id), new Connect(id));

    public ConsultationBuilder Disconnected(string id) => Step(Participant(id), new Disconnect(id));

    public ConsultationBuilder HandRaised(string id, HandIntent intent = HandIntent.Speak) =>
        Step(State.Participants.TryGetValue(id, out var p) && p.IsModerator ? ModeratorAs(id) : Participant(id), new RaiseHand(intent));

    /// <summary>Gives the floor to the head of the queue, or to <paramref name="id"/>.</summary>
    public ConsultationBuilder FloorGiven(string? id = null) => Step(Moderator, new GiveFloor(id));

    public ConsultationBuilder TurnEnded() => Step(Moderator, new EndTurn());

    /// <summary>Gives <paramref name="id"/> the floor for <paramref name="seconds"/> and ends the turn.</summary>
    public ConsultationBuilder Spoke(string id, double seconds) => FloorGiven(id).Advanced(seconds).TurnEnded();

    public ConsultationBuilder PointPosted(string authorId, string text, out string pointId, PointKind kind = PointKind.Observation, string? theme = null)
    {
        var posted = Single<PointPosted>(Participant(authorId), new PostPoint(kind, text, theme));
        pointId = posted.PointId;
        return this;
    }

    public ConsultationBuilder PointCaptured(string text, out string pointId, string? attributedTo = null, PointKind kind = PointKind.Recommendation)
    {
        var posted = Single<PointPosted>(Moderator, new CapturePoint(kind, text, null, attributedTo));
        pointId = posted.PointId;
        return this;
    }

    public ConsultationBuilder Upvoted(string participantId, string pointId) => Step(Participant(participantId), new Upvote(pointId));

    public ConsultationBuilder PollOpened(string question, IReadOnlyList<string> options, out string pollId, bool resultsHiddenUntilClose = false)
    {
        var opened = Single<PollOpened>(Moderator, new OpenPoll(question, options, resultsHiddenUntilClose));
        pollId = opened.PollId;
        return this;
    }

    public ConsultationBuilder PollClosed(string pollId) => Step(Moderator, new ClosePoll(pollId));

    public ConsultationBuilder Voted(string participantId, string pollId, int option) => Step(Participant(participantId), new Vote(pollId, option));

    /// <summary>Moves the fake clock forward.</summary>
    public ConsultationBuilder Advanced(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), "The fake clock only moves forward.");
        }
        Now += by;
        return this;
    }

    public ConsultationBuilder Advanced(double seconds) => Advanced(TimeSpan.FromSeconds(seconds));

    /// <summary>Runs any command as an arrangement step.</summary>
    public ConsultationBuilder Step(Caller caller, ConsultationCommand command)
    {
        Execute(caller, command);
        return this;
    }

    /// <summary>Decides without applying: the call under test.</summary>
    public Decision Decide(Caller caller, ConsultationCommand command) => Consultation.Decide(State, caller, command, Now);

    /// <summary>Decides and applies when accepted; returns the decision either way.</summary>
    public Decision Try(Caller caller, ConsultationCommand command)
    {
        var decision = Decide(caller, command);
        foreach (var e in decision.Events)
        {
            State = Consultation.Apply(State, e);
            _events.Add(e);
        }
        return decision;
    }

    /// <summary>Decides and applies; throws when the domain refuses, since an arrangement must hold.</summary>
    public ImmutableList<ConsultationEvent> Execute(Caller caller, ConsultationCommand command)
    {
        var decision = Try(caller, command);
        if (decision.Rejection is { } rejection)
        {
            throw new InvalidOperationException($"Arrangement step {command.GetType().Name} by {caller.Role} was refused: {rejection}");
        }
        return [.. decision.Events];
    }

    public static string TokenHashOf(string participantId) => $"hash-token-{participantId}";

    private TEvent Single<TEvent>(Caller caller, ConsultationCommand command) where TEvent : ConsultationEvent =>
        Execute(caller, command).OfType<TEvent>().Single();
}
