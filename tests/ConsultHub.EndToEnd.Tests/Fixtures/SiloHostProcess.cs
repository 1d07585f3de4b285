using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// The real silo-host as its own process (<c>dotnet ConsultHub.SiloHost.dll</c> from the test
/// output folder) on a free loopback port, serving the built web client. Disposing kills it.
/// </summary>
public sealed class SiloHostProcess : IAsyncDisposable
{
    private const int KeptLines = 200;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiloHostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The host's address, ending with a slash.</summary>
    public Uri Address { get; }

    /// <summary>The last lines the host wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the host with its database in <paramref name="dataDirectory"/> and waits for <c>/healthz</c>.</summary>
    public static async Task<SiloHostProcess> StartAsync(string dataDirectory, string organizerKey, string webRoot)
    {
        var assembly = Path.Combine(AppContext.BaseDirectory, "ConsultHub.SiloHost.dll");
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            assembly, "--urls", $"http://127.0.0.1:{port}", $"--Hub:OrganizerKey={organizerKey}",
            $"--Storage:Sqlite:Path={Path.Combine(dataDirectory, "hub.db")}", $"--Hub:WebRoot={webRoot}",
            "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new SiloHostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilHealthyAsync(Waits.HostStart);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
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

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"silo-host exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
            }
            try
            {
                using var response = await http.GetAsync("healthz");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"silo-host did not answer /healthz within {timeout}:{Environment.NewLine}{Output}");
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
