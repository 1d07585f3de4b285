namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>Where the repository, the built web client and the test artifacts are.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test output that holds Hub.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The built web client the host serves.</summary>
    public static string WebClientDist => Path.Combine(Root, "web-client", "dist");

    /// <summary>Screenshots written by the browser tests (git-ignored).</summary>
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");

    /// <summary>The built web client, or a failure that says how to build it.</summary>
    public static string RequireBuiltWebClient()
    {
        var index = Path.Combine(WebClientDist, "index.html");
        if (!File.Exists(index))
        {
            throw new InvalidOperationException(
                $"The web client is not built ({index} is missing): run npm ci && npm run build in web-client.");
        }
        return WebClientDist;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }
}
