using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace ConsultHub.Web.Telemetry;

/// <summary>
/// The <c>silo</c> tag of the per-silo figures: the machine's name and the port this host
/// listens on (several silos may share a machine), known once the server has started.
/// </summary>
public sealed class SiloName(IServer server)
{
    private string? _value;

    /// <summary>Such as <c>web-3:5000</c>; the process id stands in for the port until the server listens.</summary>
    public string Value => _value ?? (_value = Resolve()) ?? Fallback;

    private static string Fallback => $"{Environment.MachineName}:pid{Environment.ProcessId}";

    private string? Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null)
        {
            return null;
        }
        foreach (var address in addresses)
        {
            if (BindingAddress.Parse(address) is { Port: > 0 } binding)
            {
                return $"{Environment.MachineName}:{binding.Port}";
            }
        }
        return null;
    }
}
