using ConsultHub.LoadGenerator.SignalR;

namespace ConsultHub.LoadGenerator.Load;

/// <summary>One simulated person: their credential, connection, and what the script remembers of them.</summary>
public sealed class Member(string credential, string? participantId, Watcher watcher)
{
    /// <summary>Key or token (or, on the baseline, the audience name).</summary>
    public string Credential { get; } = credential;

    /// <summary>The participant id (null for moderators and observers).</summary>
    public string? ParticipantId { get; } = participantId;

    /// <summary>The connection's event stream checker.</summary>
    public Watcher Watcher { get; } = watcher;

    /// <summary>The open connection.</summary>
    public HubSocket Socket => Watcher.Socket!;

    /// <summary>Whether the script believes this person's hand is up.</summary>
    public bool HandRaised { get; set; }

    /// <summary>The poll option last voted (-1 none).</summary>
    public int LastVote { get; set; } = -1;

    /// <summary>When this person posted their recent points (Stopwatch seconds), for the 5-a-minute rule.</summary>
    public Queue<double> Posts { get; } = new();
}
