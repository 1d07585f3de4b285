using ConsultHub.Domain.Model;
using ConsultHub.Web.Tests.Fixtures;

namespace ConsultHub.Web.Tests.Telemetry;

/// <summary>
/// A hub of its own for one test, so its meters count that test's session and nothing else
/// (the meter comes from this host's meter factory).
/// </summary>
public sealed class MetricsHub(params string[] settings) : InProcessHub(OrganizerKey, "metrics")
{
    /// <summary>The hub's organizer key.</summary>
    public const string OrganizerKey = "metrics-organizer-key-0123456789";

    /// <inheritdoc/>
    protected override IEnumerable<string> Settings => settings;

    /// <inheritdoc/>
    protected override ConsultationSettings DefaultConsultation =>
        new() { Title = "Consultation on open data standards", Region = "Europe", TimeZone = "Europe/Lisbon", Themes = ["data"] };

    /// <summary>Starts a hub with extra <c>--Key=value</c> settings; dispose it at the end of the test.</summary>
    public static async Task<MetricsHub> StartAsync(params string[] settings)
    {
        var hub = new MetricsHub(settings);
        await hub.InitializeAsync();
        return hub;
    }
}
