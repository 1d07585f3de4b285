using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Hosting;

/// <summary>
/// Finds the built web client (web-client/dist) from the host's content root. <c>dotnet run
/// --project silo-host</c> builds it first when its sources changed (silo-host's csproj says so
/// before and after); the host then says where it serves the pages from, or that there are none.
/// </summary>
public static partial class WebClientFiles
{
    /// <summary>The configured folder, else the nearest <c>web-client/dist</c> above the content root; null when not built.</summary>
    public static string? Locate(string contentRoot, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "web-client", "dist");
            if (File.Exists(Path.Combine(candidate, "index.html")))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Says where the pages come from.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Serving the web client from {Path}")]
    public static partial void LogServing(ILogger logger, string path);

    /// <summary>Says the pages are missing and how to build them: the API and the hub work without them.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "The web client is not built (no web-client/dist/index.html above {ContentRoot}): the API and the hub run, the pages do not. `dotnet run --project silo-host` builds it; or run `npm ci` and `npm run build` in web-client")]
    public static partial void LogMissing(ILogger logger, string contentRoot);
}
