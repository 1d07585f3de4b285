using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ConsultHub.Testing.Fixtures;

/// <summary>
/// The real silo-host (<c>dotnet ConsultHub.SiloHost.dll</c> from the test output folder) as a child
/// process on a free loopback port, with the signals a fault test needs: SIGKILL, SIGTERM, and the
/// resident memory the kernel reports. Disposing kills it, so no test leaves one running.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private const int KeptLines = 300;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The host's address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The host's process id.</summary>
    public int ProcessId => _process.Id;

    /// <summary>True once the process ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>The silo-host assembly the test project copies next to itself.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "ConsultHub.SiloHost.dll");

    /// <summary>
    /// Starts the host in <paramref name="directory"/> and waits until <c>/healthz</c> answers;
    /// <paramref name="settings"/> are <c>--Key=value</c> arguments (organizer key, storage, limits).
    /// </summary>
    public static async Task<HostProcess> StartAsync(string directory, TimeSpan timeout, IEnumerable<string> settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { AssemblyPath, "--urls", $"http://127.0.0.1:{port}", $"--Orleans:SiloPort={FreePort()}", "--Logging:LogLevel:Default=Warning" }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilLiveAsync(timeout);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; only what was durable survives.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    /// <summary>Sends SIGTERM, as a service manager or a container runtime does to stop the host.</summary>
    public Task TerminateAsync() => Signals.SendAsync(ProcessId, "TERM");

    /// <summary>Waits for the process to end by itself; returns its exit code, or null when it outlived <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Resident memory of the process (VmRSS in /proc/&lt;pid&gt;/status), in bytes.</summary>
    public long ResidentBytes()
    {
        foreach (var line in File.ReadLines($"/proc/{ProcessId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        throw new InvalidOperationException($"/proc/{ProcessId}/status has no VmRSS line.");
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            // Already gone, or not reaped in time; the kill was sent either way.
        }
        finally
        {
            _process.Dispose();
        }
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo-host exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"silo-host did not answer within {timeout}:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > KeptLines)
        {
            _output.TryDequeue(out _);
        }
    }

    /// <summary>A TCP port free on 127.0.0.1 right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
