using ConsultHub.Domain.Model;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>
/// The hub as silo-host composes it, in process on real Kestrel, with a known organizer key. The
/// resume window is small so that tests can outrun it cheaply.
/// </summary>
public sealed class HubServer() : InProcessHub(OrganizerKey, "web-tests")
{
    /// <summary>The hub's organizer key.</summary>
    public const string OrganizerKey = "web-tests-organizer-key-0123456789";

    /// <summary>How many recent events the grain keeps for resuming watchers.</summary>
    public const int ResumeWindow = 40;

    /// <inheritdoc/>
    protected override IEnumerable<string> Settings => [$"--Hub:ResumeWindow={ResumeWindow}"];

    /// <inheritdoc/>
    protected override ConsultationSettings DefaultConsultation =>
        new() { Title = "Draft convention on data sharing", Region = "Africa", TimeZone = "Africa/Nairobi", Themes = ["data", "capacity"] };
}
