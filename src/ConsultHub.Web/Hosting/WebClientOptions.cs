namespace ConsultHub.Web.Hosting;

/// <summary>
/// What the web client is told about the hub beyond the silo that served it (configuration
/// section <c>Hub</c>), served as <c>GET /client-config.json</c>.
/// </summary>
public sealed class WebClientOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub";

    /// <summary>
    /// Other base addresses of the same hub (silos or front doors), comma-separated
    /// (<c>Hub:PeerUrls</c>), e.g. <c>http://10.0.0.7:5000,http://10.0.0.8:5000</c>. A page connects
    /// to its own origin first and tries these in order after losing it; empty by default, so a
    /// page only ever reconnects to where it came from (right behind a front door).
    /// </summary>
    public string PeerUrls { get; set; } = "";

    /// <summary>The peer addresses as origins; throws naming the key when one is not an absolute http(s) address.</summary>
    public IReadOnlyList<string> PeerOrigins()
    {
        var parts = PeerUrls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Select(part => Uri.TryCreate(part, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri.GetLeftPart(UriPartial.Authority)
                : throw new InvalidOperationException($"{Section}:{nameof(PeerUrls)} has '{part}', which is not an absolute http(s) address."))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
