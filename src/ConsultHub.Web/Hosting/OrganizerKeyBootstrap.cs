using ConsultHub.Grains.Consultations;
using Microsoft.Extensions.Configuration;

namespace ConsultHub.Web.Hosting;

/// <summary>
/// Zero configuration: when <c>Hub:OrganizerKey</c> is not set, a key is generated once, kept in
/// <c>organizer.key</c> beside the SQLite database, and printed at start, so a fresh machine can
/// create consultations without editing any file. <c>Hub:TokenSigningKey</c> is handled the same way
/// (<c>token-signing.key</c>), so participant tokens survive a restart without anyone configuring it.
/// </summary>
public static class OrganizerKeyBootstrap
{
    /// <summary>The file name of the generated organizer key.</summary>
    public const string FileName = "organizer.key";

    /// <summary>The file name of the generated token-signing key.</summary>
    public const string TokenSigningFileName = "token-signing.key";

    /// <summary>Ensures the configuration has an organizer key and a token-signing key; returns the organizer key's path when it was generated or read from disk.</summary>
    public static string? Ensure(IConfigurationManager configuration, string contentRoot)
    {
        var dbPath = configuration["Storage:Sqlite:Path"] is { Length: > 0 } configured ? configured : Path.Combine("data", "hub.db");
        var directory = Path.GetDirectoryName(Path.GetFullPath(dbPath, contentRoot)) ?? contentRoot;
        EnsureKey(configuration, nameof(ConsultationGrainOptions.TokenSigningKey), Path.Combine(directory, TokenSigningFileName));
        return EnsureKey(configuration, nameof(ConsultationGrainOptions.OrganizerKey), Path.Combine(directory, FileName));
    }

    private static string? EnsureKey(IConfigurationManager configuration, string name, string path)
    {
        var key = $"{ConsultationGrainOptions.Section}:{name}";
        if (!string.IsNullOrWhiteSpace(configuration[key]))
        {
            return null;
        }
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Owner-only where the platform has Unix modes: these files are the hub's credentials.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using var writer = new StreamWriter(path, options);
            writer.Write(Secrets.NewKey());
        }
        configuration[key] = File.ReadAllText(path).Trim();
        return path;
    }
}
