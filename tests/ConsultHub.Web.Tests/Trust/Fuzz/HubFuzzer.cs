using System.Net.WebSockets;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>
/// Sends hub inputs over one raw connection, pipelined, and records each answer. An input that must close
/// the connection is sent alone; the connection must then close (and a new one is opened for what follows).
/// </summary>
public sealed class HubFuzzer(Uri server, string? credential, string caller, FuzzTally tally) : IAsyncDisposable
{
    private const int InFlight = 64;

    private RawHubSocket? _socket;

    /// <summary>Runs <paramref name="inputs"/> in order.</summary>
    public async Task RunAsync(IEnumerable<HubInput> inputs)
    {
        var pending = new List<(HubInput Input, Task<RawCompletion> Answer)>();
        foreach (var input in inputs)
        {
            var socket = await SocketAsync();
            if (input.ClosesConnection)
            {
                await DrainAsync(pending);
                await CloseOnAsync(socket, input);
                continue;
            }
            pending.Add((input, socket.SendAwaitingAsync(input.InvocationId!, input.Message)));
            if (pending.Count >= InFlight)
            {
                await DrainAsync(pending);
            }
        }
        await DrainAsync(pending);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_socket is not null)
        {
            await _socket.DisposeAsync();
        }
    }

    private async Task<RawHubSocket> SocketAsync()
    {
        if (_socket is { Closed.IsCompleted: false })
        {
            return _socket;
        }
        if (_socket is not null)
        {
            await _socket.DisposeAsync();
        }
        return _socket = await RawHubSocket.ConnectAsync(server, credential);
    }

    private async Task CloseOnAsync(RawHubSocket socket, HubInput input)
    {
        try
        {
            await socket.SendTextAsync(input.Message + RawHubSocket.RecordSeparator);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
            // The server may cut the connection while the frame is still going out.
        }
        var closed = await Task.WhenAny(socket.Closed, Task.Delay(Waits.Short)) == socket.Closed;
        if (closed)
        {
            tally.Coded("hub connection closed");
        }
        else
        {
            tally.Failed($"{caller}: {input.Description} did not close the connection.");
        }
    }

    private async Task DrainAsync(List<(HubInput Input, Task<RawCompletion> Answer)> pending)
    {
        foreach (var (input, answer) in pending)
        {
            RawCompletion completion;
            try
            {
                completion = await answer.WaitAsync(Waits.Long);
            }
            catch (TimeoutException)
            {
                tally.Failed($"{caller}: {input.Description} got no answer.");
                continue;
            }
            switch (completion)
            {
                case { ConnectionClosed: true }:
                    tally.Failed($"{caller}: {input.Description} closed the connection.");
                    break;
                case { Error: null }:
                    tally.Failed($"{caller}: {input.Description} was accepted: {completion.Result}");
                    break;
                case { Code: null or "unavailable" }:
                    tally.Failed($"{caller}: {input.Description} got '{completion.Error}'.", serverError: true);
                    break;
                default:
                    tally.Coded($"hub {completion.Code}");
                    break;
            }
        }
        pending.Clear();
    }
}
