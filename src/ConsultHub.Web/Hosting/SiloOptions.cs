using System.ComponentModel.DataAnnotations;

namespace ConsultHub.Web.Hosting;

/// <summary>The Orleans silo's endpoints (configuration section <c>Orleans</c>).</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Orleans";

    /// <summary>Silo-to-silo port on 127.0.0.1 (<c>Orleans:SiloPort</c>); Orleans' usual 11111 by default.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for external Orleans clients (<c>Orleans:GatewayPort</c>); 0 (the default) opens none, as the web layer runs inside the silo.</summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; }
}
