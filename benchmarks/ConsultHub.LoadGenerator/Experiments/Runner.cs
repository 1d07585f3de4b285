using ConsultHub.LoadGenerator.Display;
using ConsultHub.LoadGenerator.Hosts;
using ConsultHub.LoadGenerator.Load;

namespace ConsultHub.LoadGenerator.Experiments;

/// <summary>Starts a target server, runs a session against it, and stops both, whatever happens.</summary>
public static class Runner
{
    /// <summary>Baseline envelope bytes on the wire without padding, per protocol; padding tops it up to the hub's average event size.</summary>
    public static int BaselineBareBytes => LoadSession.Protocol == SignalR.HubProtocolKind.Json ? 784 : BaselineBareMessagePackBytes;

    /// <summary>The same in MessagePack (E6 at 17:31 UTC: 1,481 bytes with 937 of padding).</summary>
    private const int BaselineBareMessagePackBytes = 544;

    /// <summary>Connections opened at once during setup.</summary>
    public static int ConnectConcurrency { get; set; } = 32;

    /// <summary>Runs <paramref name="work"/> against a freshly started hub or baseline.</summary>
    public static async Task<T> WithServerAsync<T>(Target target, string title, Func<LoadSession, ServerProcess, Task<T>> work, int hubBytesPerEvent = 0, IEnumerable<string>? hubStorage = null)
    {
        var dir = Directory.CreateTempSubdirectory($"consulthub-{target.ToString().ToLowerInvariant()}-").FullName;
        Console.WriteLine($"[{title}] starting {target} (work folder {dir}); {Machine.Describe()}");
        await using var server = target == Target.Hub
            ? await Servers.StartHubAsync(dir, hubStorage)
            : await Servers.StartBaselineAsync(dir, Math.Max(0, hubBytesPerEvent - BaselineBareBytes));
        var session = new LoadSession(server.Url, target, target == Target.Hub ? Servers.OrganizerKey : null, ConnectConcurrency, () => server.CpuTime);
        try
        {
            return await work(session, server);
        }
        finally
        {
            await ProgressView.RunAsync($"{title} ({target})", session, async () => await session.DisposeAsync());
        }
    }

    /// <summary>Unreported seconds of the mix before the first step (<c>--warm-up</c>, 10 by default).</summary>
    public static int WarmUpSeconds { get; set; } = 10;

    /// <summary>
    /// Unreported seconds of the mix, so both targets are measured warm (JIT, serializer metadata
    /// for every event type, connection buffers) rather than on their first commands.
    /// </summary>
    public static Task WarmUpAsync(LoadSession session, double rate) =>
        Show("warm-up", session, () => session.MeasureAsync("warm-up", rate, TimeSpan.FromSeconds(WarmUpSeconds)));

    /// <summary>Shows progress while a step runs.</summary>
    public static Task<T> Show<T>(string title, LoadSession session, Func<Task<T>> work) => ProgressView.RunAsync(title, session, work);

    /// <summary>Shows progress while setup runs.</summary>
    public static Task Show(string title, LoadSession session, Func<Task> work) => ProgressView.RunAsync(title, session, work);
}
