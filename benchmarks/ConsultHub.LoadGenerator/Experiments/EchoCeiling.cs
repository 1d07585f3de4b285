using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using ConsultHub.LoadGenerator.Hosts;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>The ceiling: round trips through the baseline's raw Kestrel WebSocket echo, as fast as they go.</summary>
public static class EchoCeiling
{
    /// <summary>Each connection sends a message of <paramref name="bytes"/> and waits for it back, for <paramref name="seconds"/>.</summary>
    public static async Task RunAsync(int connections, int bytes, int seconds)
    {
        var dir = Directory.CreateTempSubdirectory("consulthub-echo-").FullName;
        await using var server = await Servers.StartBaselineAsync(dir, 0);
        var sockets = new List<ClientWebSocket>();
        for (var i = 0; i < connections; i++)
        {
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            await socket.ConnectAsync(new Uri($"ws://{server.Url.Authority}/echo"), CancellationToken.None);
            sockets.Add(socket);
        }
        var payload = new byte[bytes];
        Array.Fill(payload, (byte)'x');
        var latencies = new List<double>[connections];
        var clock = Stopwatch.StartNew();
        var cpuBefore = server.CpuTime;
        await Task.WhenAll(sockets.Select(async (socket, index) =>
        {
            var mine = latencies[index] = [];
            var buffer = new byte[bytes + 1024];
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var sent = Stopwatch.GetTimestamp();
                await socket.SendAsync(payload, WebSocketMessageType.Text, true, CancellationToken.None);
                WebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                }
                while (!received.EndOfMessage);
                mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var cpu = (server.CpuTime - cpuBefore).TotalSeconds / elapsed;
        foreach (var socket in sockets)
        {
            socket.Abort();
            socket.Dispose();
        }
        var all = latencies.SelectMany(l => l).Order().ToList();
        string F(double v, string format = "N1") => v.ToString(format, CultureInfo.InvariantCulture);
        Report.Table($"Ceiling: raw Kestrel WebSocket echo, {connections} connections, {bytes}-byte messages, closed loop, {seconds} s; load {Machine.LoadAverage():N1}",
            ["round trips/s", "messages/s (both ways)", "p50 ms", "p99 ms", "max ms", "server cores"],
            [[F(all.Count / elapsed, "N0"), F(2 * all.Count / elapsed, "N0"), F(all[all.Count / 2]), F(all[(int)(all.Count * 0.99)]), F(all[^1]), F(cpu, "N2")]]);
    }
}
