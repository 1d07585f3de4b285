using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.Configuration;

namespace ConsultHub.Web.Hosting;

/// <summary>
/// Zero configuration: when <c>Hub:OrganizerKey</c> is not set, a key is generated once, kept in
/// <c>organizer.key</c> beside the SQLite database, and printed at start, so a fresh machine can
/// create consultations without editing any file.
/// </summary>
public static class OrganizerKeyBootstrap
{
    /// <summary>The file name of the generated key.</summary>
    public const string FileName = "organizer.key";

    /// <summary>Ensures the configuration has an organizer key; returns the path when one was generated or read from disk.</summary>
    public static string? Ensure(IConfigurationManager configuration, string contentRoot)
    {
        var key = $"{ConsultationGrainOptions.Section}:{nameof(ConsultationGrainOptions.OrganizerKey)}";
        if (!string.IsNullOrWhiteSpace(configuration[key]))
        {
            return null;
        }
        var dbPath = configuration["Storage:Sqlite:Path"] is { Length: > 0 } configured ? configured : Path.Combine("data", "hub.db");
        var directory = Path.GetDirectoryName(Path.GetFullPath(dbPath, contentRoot)) ?? contentRoot;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, Secrets.NewKey());
        }
        configuration[key] = File.ReadAllText(path).Trim();
        return path;
    }
}
