namespace ConsultHub.LoadGenerator.Hosts;

/// <summary>Starts the hub, the baseline and Azurite from the repository's Release builds.</summary>
public static class Servers
{
    /// <summary>The organizer key the experiments start the hub with.</summary>
    public const string OrganizerKey = "load-generator-organizer-key-0123456789";

    /// <summary>The repository root (the folder holding Hub.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Hub.sln not found above the generator; run it from the repository's build output.");
    }

    /// <summary>Starts the hub (silo-host; CONSULTHUB_HUB_DLL names another build, e.g. a copy taken before a change; CONSULTHUB_HUB_ARGS adds settings) with diagnostics on, lifted call limits and a fresh journal.</summary>
    public static Task<ServerProcess> StartHubAsync(string workDir, IEnumerable<string>? storage = null)
    {
        var dll = Environment.GetEnvironmentVariable("CONSULTHUB_HUB_DLL") is { Length: > 0 } pinned ? pinned : Built("silo-host", "ConsultHub.SiloHost");
        var port = ServerProcess.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        string[] arguments =
        [
            dll, "--urls", url.ToString().TrimEnd('/'),
            $"--Hub:OrganizerKey={OrganizerKey}",
            "--Hub:Diagnostics:Enabled=true",
            "--Hub:Limits:InvocationsPerSecond=10000",
            "--Hub:Limits:InvocationBurst=10000",
            "--Hub:Limits:MaxConnections=200000",
            "--Hub:Limits:MaxQueuedEventsPerConnection=100000",
            "--Logging:LogLevel:Default=Warning",
            $"--Storage:Sqlite:Path={Path.Combine(workDir, "hub.db")}",
            .. storage ?? [],
            .. ExtraHubArguments(),
        ];
        return ServerProcess.StartAsync("hub", "dotnet", arguments, url, new Uri(url, "/healthz"), workDir);
    }

    /// <summary>
    /// Settings added to the hub's command line from CONSULTHUB_HUB_ARGS (space-separated), e.g.
    /// <c>--Storage:Sqlite:Durability=ProcessCrash</c> to see what the per-commit fsync costs.
    /// </summary>
    private static string[] ExtraHubArguments() =>
        Environment.GetEnvironmentVariable("CONSULTHUB_HUB_ARGS")?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>Starts the bare SignalR baseline.</summary>
    public static Task<ServerProcess> StartBaselineAsync(string workDir, int paddingBytes)
    {
        var dll = Built(Path.Combine("benchmarks", "ConsultHub.BaselineHost"), "ConsultHub.BaselineHost");
        var port = ServerProcess.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        string[] arguments = [dll, "--urls", url.ToString().TrimEnd('/'), $"--Baseline:PaddingBytes={paddingBytes}"];
        return ServerProcess.StartAsync("baseline", "dotnet", arguments, url, new Uri(url, "/healthz"), workDir);
    }

    /// <summary>Starts Azurite's table service from tests/tools (install with <c>npm ci --prefix tests/tools</c>).</summary>
    public static Task<ServerProcess> StartAzuriteAsync(string workDir)
    {
        var azurite = Path.Combine(RepositoryRoot(), "tests", "tools", "node_modules", ".bin", "azurite-table");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"{azurite} is missing: run npm ci --prefix tests/tools.");
        }
        var port = ServerProcess.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var location = Directory.CreateDirectory(Path.Combine(workDir, "azurite")).FullName;
        string[] arguments = ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", location, "--skipApiVersionCheck", "--loose"];
        return ServerProcess.StartAsync("azurite", azurite, arguments, url, new Uri(url, "/devstoreaccount1"), workDir, anyStatus: true);
    }

    /// <summary>The Azurite development account's connection string for a table endpoint.</summary>
    public static string AzuriteConnectionString(Uri url) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"TableEndpoint={url.ToString().TrimEnd('/')}/devstoreaccount1;";

    private static string Built(string projectDir, string assembly)
    {
        var path = Path.Combine(RepositoryRoot(), projectDir, "bin", "Release", "net10.0", $"{assembly}.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run dotnet build -c Release first (benchmarks/run-experiment.sh does).");
    }
}
