using System.Collections.Concurrent;
using System.Diagnostics;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.EndToEnd.Tests.Cluster;

/// <summary>
/// The YARP front door (<c>dotnet ConsultHub.FrontDoor.dll</c> from the test output folder) on a
/// free loopback port, spreading requests over the given silos. Disposing kills it.
/// </summary>
public sealed class FrontDoorProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private FrontDoorProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>The front door's address, ending with a slash.</summary>
    public Uri Address { get; }

    /// <summary>What the front door wrote, for failure messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Starts the front door over <paramref name="silos"/> and waits until a silo answers <c>/healthz</c> through it.</summary>
    public static async Task<FrontDoorProcess> StartAsync(IEnumerable<Uri> silos, TimeSpan timeout)
    {
        var port = HostProcess.FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "ConsultHub.FrontDoor.dll"), "--urls", $"http://127.0.0.1:{port}",
            $"--FrontDoor:Silos={string.Join(',', silos.Select(s => s.ToString().TrimEnd('/')))}", "--Logging:LogLevel:Default=Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the front door.");
        var door = new FrontDoorProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => door.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => door.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await door.WaitUntilServingAsync(timeout);
        }
        catch
        {
            await door.DisposeAsync();
            throw;
        }
        return door;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
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

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The front door exited with {_process.ExitCode}:{Environment.NewLine}{Output}");
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
                // Not listening yet, or no silo marked healthy yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The front door did not serve within {timeout}:{Environment.NewLine}{Output}");
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            while (_output.Count > 200)
            {
                _output.TryDequeue(out _);
            }
        }
    }
}
