namespace ConsultHub.Web.Diagnostics;

/// <summary>
/// The benchmark diagnostics endpoint (configuration section <c>Hub:Diagnostics</c>). Off by
/// default: it forces full garbage collections and tells how busy the host is, so it is for
/// benchmark runs on a trusted machine only.
/// </summary>
public sealed class HubDiagnosticsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Diagnostics";

    /// <summary>Maps <c>GET /diagnostics</c> and counts journal writes when true.</summary>
    public bool Enabled { get; set; }
}
