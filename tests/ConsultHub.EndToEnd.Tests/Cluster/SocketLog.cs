using System.Collections.Concurrent;
using System.Text.Json;
using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Cluster;

/// <summary>
/// What one person's page did over its WebSockets, read from Chromium's DevTools protocol: the silo
/// each handshake landed on (the front door's <c>X-ConsultHub-Silo</c> header on the 101) and the
/// arguments of every <c>Watch</c> the page sent.
/// </summary>
public sealed class SocketLog
{
    private const string SiloHeader = "X-ConsultHub-Silo";
    private const char RecordSeparator = '\u001e';

    private readonly ConcurrentQueue<string> _silos = new();
    private readonly ConcurrentQueue<JsonElement> _watches = new();

    private SocketLog()
    {
    }

    /// <summary>The silo of every WebSocket handshake, oldest first.</summary>
    public IReadOnlyList<string> Silos => [.. _silos];

    /// <summary>The silo of the newest handshake.</summary>
    public string CurrentSilo => _silos.LastOrDefault() ?? throw new InvalidOperationException("No WebSocket handshake seen yet.");

    /// <summary>The arguments array of every Watch invocation sent, oldest first.</summary>
    public IReadOnlyList<JsonElement> Watches => [.. _watches];

    /// <summary>Starts recording <paramref name="person"/>'s page; call before it loads anything.</summary>
    public static async Task<SocketLog> AttachAsync(Person person)
    {
        var log = new SocketLog();
        var cdp = await person.Context.NewCDPSessionAsync(person.Page);
        cdp.Event("Network.webSocketHandshakeResponseReceived").OnEvent += (_, e) => log.OnHandshake(e);
        cdp.Event("Network.webSocketFrameSent").OnEvent += (_, e) => log.OnFrameSent(e);
        await cdp.SendAsync("Network.enable");
        return log;
    }

    private void OnHandshake(JsonElement? e)
    {
        if (e is not { } handshake || !handshake.TryGetProperty("response", out var response))
        {
            return;
        }
        foreach (var header in response.GetProperty("headers").EnumerateObject())
        {
            if (string.Equals(header.Name, SiloHeader, StringComparison.OrdinalIgnoreCase))
            {
                _silos.Enqueue(header.Value.GetString() ?? "");
            }
        }
    }

    private void OnFrameSent(JsonElement? e)
    {
        if (e is not { } frame || !frame.TryGetProperty("response", out var response) || response.GetProperty("opcode").GetInt32() != 1)
        {
            return;
        }
        foreach (var message in (response.GetProperty("payloadData").GetString() ?? "").Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(message);
            var root = json.RootElement;
            if (root.TryGetProperty("target", out var target) && target.GetString() == "Watch")
            {
                _watches.Enqueue(root.GetProperty("arguments").Clone());
            }
        }
    }
}
