using System.Diagnostics;
using ConsultHub.LoadGenerator.SignalR;

namespace ConsultHub.LoadGenerator.Load;

/// <summary>
/// One consultation under load: its people and the scripted mix. The script tracks just enough
/// (hands up, floor taken, points, votes) to send commands the hub accepts, and learns from refusals.
/// </summary>
public sealed class SimConsultation(string id)
{
    private static readonly string[] Kinds = ["observation", "recommendation", "challenge", "question"];
    private readonly Lock _gate = new();
    private readonly List<string> _points = [];
    private bool _floorTaken;

    /// <summary>The consultation id.</summary>
    public string Id { get; } = id;

    /// <summary>Who received which version when.</summary>
    public VersionBoard Board { get; } = new();

    /// <summary>The moderator (sends floor commands; watches too).</summary>
    public Member? Moderator { get; set; }

    /// <summary>The participants.</summary>
    public List<Member> Participants { get; } = [];

    /// <summary>The observers.</summary>
    public List<Member> Observers { get; } = [];

    /// <summary>The join code (hub) for adding participants later.</summary>
    public string JoinCode { get; set; } = "";

    /// <summary>The observer key (hub) or audience name (baseline).</summary>
    public string ObserverKey { get; set; } = "observer";

    /// <summary>The open poll.</summary>
    public string? PollId { get; set; }

    /// <summary>Accepted commands of the current step: reply version and send timestamp.</summary>
    public List<(long Version, long Sent)> Accepted { get; } = [];

    /// <summary>Watchers counted at the start of the current step.</summary>
    public int WatcherCount { get; set; }

    /// <summary>Every watching member.</summary>
    public IEnumerable<Member> Everyone => (Moderator is null ? [] : new[] { Moderator }).Concat(Participants).Concat(Observers);

    /// <summary>The next command of the mix: hands (with lanes) 35%, floor 10%, points 15%, upvotes 25%, votes 15%.</summary>
    public PlannedCommand Next(Random random)
    {
        lock (_gate)
        {
            var roll = random.Next(100);
            var who = Participants[random.Next(Participants.Count)];
            if (roll < 45 && roll >= 35 && Moderator is not null)
            {
                if (_floorTaken)
                {
                    _floorTaken = false;
                    return new PlannedCommand(Moderator, "EndTurn", [Id]);
                }
                if (Participants.FirstOrDefault(p => p.HandRaised) is { } speaker)
                {
                    speaker.HandRaised = false;
                    _floorTaken = true;
                    return new PlannedCommand(Moderator, "GiveFloor", [Id, speaker.ParticipantId]);
                }
                roll = 0;
            }
            if (roll < 45)
            {
                return Hand(who, random);
            }
            if (roll < 60 || _points.Count == 0)
            {
                return Point(who, random) ?? Hand(who, random);
            }
            if (roll < 85)
            {
                return new PlannedCommand(who, "Upvote", [Id, _points[random.Next(_points.Count)]]);
            }
            var option = (who.LastVote + 1 + random.Next(3)) % 4;
            who.LastVote = option;
            return new PlannedCommand(who, "Vote", [Id, PollId, option]);
        }
    }

    /// <summary>Learns from a refusal: a hand is up or down whatever the script thought.</summary>
    public void Refused(PlannedCommand command, string code)
    {
        lock (_gate)
        {
            switch (command.Method)
            {
                case "RaiseHand" when code == "conflict":
                    command.Sender.HandRaised = true;
                    break;
                case "LowerHand":
                    command.Sender.HandRaised = false;
                    break;
                case "EndTurn":
                    _floorTaken = false;
                    break;
                case "GiveFloor":
                    _floorTaken = code == "conflict";
                    break;
            }
        }
    }

    private PlannedCommand Hand(Member who, Random random)
    {
        if (who.HandRaised)
        {
            who.HandRaised = false;
            return new PlannedCommand(who, "LowerHand", [Id]);
        }
        who.HandRaised = true;
        var lane = random.Next(10) switch
        {
            0 => "point-of-order",
            1 when _floorTaken => "reply",
            _ => "speak",
        };
        return new PlannedCommand(who, "RaiseHand", [Id, lane]);
    }

    private PlannedCommand? Point(Member who, Random random)
    {
        var now = Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
        while (who.Posts.TryPeek(out var at) && now - at > 61)
        {
            who.Posts.Dequeue();
        }
        if (who.Posts.Count >= 5)
        {
            return null;
        }
        who.Posts.Enqueue(now);
        var text = $"{Kinds[random.Next(4)]} {random.Next(100_000)}: data sharing needs clear safeguards and capacity building for smaller delegations before it can be agreed.";
        return new PlannedCommand(who, "PostPoint", [Id, Kinds[random.Next(4)], text, null], reply =>
        {
            if (reply.Id is { } pointId)
            {
                lock (_gate)
                {
                    _points.Add(pointId);
                }
            }
        });
    }
}
