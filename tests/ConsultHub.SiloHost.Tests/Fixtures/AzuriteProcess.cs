using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ConsultHub.Testing.Azurite;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// An Azurite table service this test owns, so it can take storage away and bring it back: one
/// port and one data folder for its whole life, so a restart serves the same tables at the same
/// address. <see cref="AzuriteFixture"/> cannot do this, as it may share an Azurite the test script
/// started. Stopping sends SIGINT, on which Azurite saves its tables to disk before it exits.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _executable;
    private readonly string _location;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private AzuriteProcess(string executable, string location, int port)
    {
        _executable = executable;
        _location = location;
        Port = port;
    }

    /// <summary>The table service's port, the same across restarts.</summary>
    public int Port { get; }

    /// <summary>The table endpoint's connection string.</summary>
    public string ConnectionString => AzuriteFixture.ConnectionStringFor(Port);

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts Azurite on a free port with its data in <paramref name="location"/>.</summary>
    public static async Task<AzuriteProcess> StartAsync(string location, TimeSpan timeout)
    {
        var azurite = new AzuriteProcess(Locate(), location, FreePort());
        await azurite.RestartAsync(timeout);
        return azurite;
    }

    /// <summary>Starts the process again on the same port and data folder, and waits until it serves.</summary>
    public async Task RestartAsync(TimeSpan timeout)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }
        _process?.Dispose();
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _location,
        };
        foreach (var argument in new[]
        {
            "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--location", _location,
            "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilServingAsync(timeout);
    }

    /// <summary>Stops Azurite (SIGINT, so it saves its tables) and waits for the process to end.</summary>
    public async Task StopAsync()
    {
        if (!IsRunning)
        {
            return;
        }
        await Signals.SendAsync(_process!.Id, "INT");
        using var deadline = new CancellationTokenSource(StopTimeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Azurite did not stop within {StopTimeout}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync(TimeSpan timeout)
    {
        // Any HTTP answer, even 403 for an unsigned request, means the table service is serving.
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {_process.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{Port}/devstoreaccount1/Tables");
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not serve within {timeout}:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 50)
        {
            _output.TryDequeue(out _);
        }
    }

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
        {
            directory = directory.Parent;
        }
        var executable = directory is null ? null : Path.Combine(directory.FullName, "tests", "tools", "node_modules", ".bin", "azurite-table");
        return executable is not null && File.Exists(executable)
            ? executable
            : throw new InvalidOperationException($"Azurite is not installed ({executable ?? "no Hub.sln above the test folder"}): run `npm ci --prefix tests/tools` from the repository root.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
