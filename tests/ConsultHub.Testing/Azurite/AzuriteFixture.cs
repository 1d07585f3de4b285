using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace ConsultHub.Testing.Azurite;

/// <summary>
/// An Azurite table endpoint for the tests that share this fixture. When the environment variable
/// <c>CONSULTHUB_AZURITE_TABLE</c> holds a connection string (the repository's test script starts
/// one Azurite for the whole run), that endpoint is used as is. Otherwise the fixture starts the
/// Azurite pinned in <c>tests/tools</c> on free 127.0.0.1 ports with a throw-away workspace, and
/// kills it when disposed. A missing Azurite fails the tests; it never skips them.
/// </summary>
/// <remarks>
/// Use it as an <c>IClassFixture&lt;AzuriteFixture&gt;</c> or a collection fixture, and give each
/// test class (or test) its own table.
/// </remarks>
public sealed partial class AzuriteFixture : IAsyncLifetime
{
    /// <summary>Holds the connection string of an Azurite started outside the test run.</summary>
    public const string EnvironmentVariable = "CONSULTHUB_AZURITE_TABLE";

    /// <summary>Azurite's well-known development account key (public, not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string AccountName = "devstoreaccount1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Queue<string> _output = new();
    private Process? _process;
    private string? _workspace;

    /// <summary>The table endpoint's connection string.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>True when this fixture started (and will stop) its own Azurite.</summary>
    public bool OwnsProcess => _process is not null;

    /// <summary>The connection string of an Azurite table endpoint listening on 127.0.0.1:<paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/{AccountName};";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            ConnectionString = external;
            return;
        }

        var executable = LocateAzurite();
        _workspace = Directory.CreateTempSubdirectory("consulthub-azurite-").FullName;
        using var timeout = new CancellationTokenSource(StartTimeout);
        var port = await StartAsync(executable, _workspace, timeout.Token);
        ConnectionString = ConnectionStringFor(port);
        await WaitUntilAnsweringAsync(port, timeout.Token);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            catch (InvalidOperationException)
            {
                // It had already exited.
            }

            _process.Dispose();
        }

        if (_workspace is not null)
        {
            try
            {
                Directory.Delete(_workspace, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is not worth failing a test run for.
            }
        }
    }

    private static string LocateAzurite()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException(
                $"No Hub.sln above {AppContext.BaseDirectory}, so Azurite cannot be located: set {EnvironmentVariable} to the connection string of a running Azurite.");
        }

        var executable = Path.Combine(directory.FullName, "tests", "tools", "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed ({executable} is missing): run `npm ci --prefix tests/tools` from the repository root, or set {EnvironmentVariable} to the connection string of a running Azurite.");
        }

        return executable;
    }

    private async Task<int> StartAsync(string executable, string workspace, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workspace,
        };

        // Port 0 lets the OS pick free ports; Azurite prints the ones it got, so no port can be
        // taken by someone else between choosing and binding it.
        foreach (var argument in new[]
        {
            "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--location", workspace,
            "--blobHost", "127.0.0.1", "--blobPort", "0", "--queueHost", "127.0.0.1", "--queuePort", "0",
            "--tableHost", "127.0.0.1", "--tablePort", "0",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) => OnOutput(line.Data, port);
        _process.ErrorDataReceived += (_, line) => OnOutput(line.Data, port);
        _process.Exited += (_, _) => port.TrySetException(new InvalidOperationException(
            $"Azurite exited with code {_process.ExitCode} before its table service listened. Output:{Environment.NewLine}{RecentOutput()}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        try
        {
            return await port.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Azurite did not listen within {StartTimeout}. Output:{Environment.NewLine}{RecentOutput()}");
        }
    }

    private void OnOutput(string? line, TaskCompletionSource<int> port)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 50)
            {
                _output.Dequeue();
            }
        }

        var match = TableListening().Match(line);
        if (match.Success)
        {
            port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private string RecentOutput()
    {
        lock (_output)
        {
            return string.Join(Environment.NewLine, _output);
        }
    }

    private static async Task WaitUntilAnsweringAsync(int port, CancellationToken cancellationToken)
    {
        // Any HTTP answer, even 403 for an unsigned request, means the table service is serving.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var response = await client.GetAsync($"http://127.0.0.1:{port}/{AccountName}/Tables", cancellationToken);
                return;
            }
            catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    // "azurite" says "successfully listening at http://host:port", "azurite-table" "successfully started on host:port".
    [GeneratedRegex(@"Table service (?:is )?successfully (?:listening at|started on) (?:https?://)?[^\s:]+:(\d+)")]
    private static partial Regex TableListening();
}
