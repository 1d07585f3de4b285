using System.Text.RegularExpressions;

namespace ConsultHub.Web.Tests.Contract;

/// <summary>
/// Reads web-client/src/contract/names.ts, where the browser writes its wire names once as
/// literal arrays (<c>export const HUB_METHODS = ['Watch', …] as const;</c>) and constants.
/// </summary>
public sealed partial class ContractNames(string source)
{
    /// <summary>The file, relative to the repository root.</summary>
    public const string RelativePath = "web-client/src/contract/names.ts";

    /// <summary>Reads the file from the repository that holds this test build.</summary>
    public static ContractNames Load() => new(File.ReadAllText(Path.Combine(RepositoryRoot(), RelativePath)));

    /// <summary>The quoted names inside <c>export const {name} = [ … ]</c>, in order.</summary>
    public IReadOnlyList<string> Array(string name)
    {
        var match = Regex.Match(source, $@"export\s+const\s+{Regex.Escape(name)}\s*=\s*\[(?<items>[^\]]*)\]");
        Assert.True(match.Success, $"{RelativePath} has no array {name}.");
        return [.. Quoted().Matches(match.Groups["items"].Value).Select(m => m.Groups["name"].Value)];
    }

    /// <summary>The quoted value of <c>export const {name} = '…'</c>.</summary>
    public string Constant(string name)
    {
        var match = Regex.Match(source, $@"export\s+const\s+{Regex.Escape(name)}\s*=\s*(?<q>['""])(?<value>[^'""]*)\k<q>");
        Assert.True(match.Success, $"{RelativePath} has no string constant {name}.");
        return match.Groups["value"].Value;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"(?<q>['""])(?<name>[^'""]+)\k<q>")]
    private static partial Regex Quoted();
}
