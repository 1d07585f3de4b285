using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Testing.Client;

/// <summary>
/// Reads refusals. The server's message starts with the code ("forbidden: …"), but SignalR prefixes
/// it on the wire with "An unexpected error occurred invoking 'X' on the server. HubException: ".
/// </summary>
public static class HubErrors
{
    private const string Marker = "HubException: ";

    /// <summary>The coded message ("conflict: Your hand is already raised."), as the server threw it.</summary>
    public static string CodedMessage(HubException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var at = message.LastIndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? message : message[(at + Marker.Length)..];
    }

    /// <summary>The code alone ("conflict").</summary>
    public static string Code(HubException exception)
    {
        var coded = CodedMessage(exception);
        var colon = coded.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? "" : coded[..colon];
    }
}
