namespace ConsultHub.Web.Hosting;

/// <summary>Finds the built web client (web-client/dist) from the host's content root.</summary>
public static class WebClientFiles
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
}
