using ConsultHub.Domain.Model;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>
/// An in-process hub on the real clock, for deadlines measured in real seconds. A silent connection
/// counts as lost after <see cref="ClientTimeoutSeconds"/>, so test clients must ping faster.
/// </summary>
public sealed class RealTimeHub() : InProcessHub(OrganizerKey, "real-time")
{
    /// <summary>The hub's organizer key.</summary>
    public const string OrganizerKey = "real-time-organizer-key-0123456789";

    /// <summary>Seconds of silence before the hub drops a connection.</summary>
    public const int ClientTimeoutSeconds = 5;

    /// <inheritdoc/>
    protected override IEnumerable<string> Settings => [$"--Hub:Limits:ClientTimeoutSeconds={ClientTimeoutSeconds}"];

    /// <inheritdoc/>
    protected override ConsultationSettings DefaultConsultation =>
        new() { Title = "Regional consultation on the draft convention", Region = "Asia", TimeZone = "Asia/Bangkok", SpeakingLimitSeconds = 35 };
}
