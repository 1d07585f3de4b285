using System.Text.RegularExpressions;

namespace ConsultHub.Web.Tests.Hosting;

/// <summary>The README a newcomer reads first points only at what a clone has, and says how to get started.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Root = RepositoryRoot();
    private static readonly string Readme = File.ReadAllText(Path.Combine(Root, "README.md"));

    [Fact]
    public void EveryRelativeLink_PointsIntoTheRepository_AtSomethingThatExists()
    {
        var targets = Link().Matches(Readme).Select(m => m.Groups["target"].Value)
            .Where(t => !t.StartsWith("http://", StringComparison.Ordinal) && !t.StartsWith("https://", StringComparison.Ordinal) && !t.StartsWith('#'))
            .ToList();

        Assert.NotEmpty(targets);
        Assert.All(targets, t =>
        {
            var full = Path.GetFullPath(Path.Combine(Root, t.Split('#')[0]));
            Assert.True(full.StartsWith(Root, StringComparison.Ordinal), $"README links outside the repository: {t}");
            Assert.True(File.Exists(full) || Directory.Exists(full), $"README links to {t}, which a clone does not have.");
        });
    }

    [Fact]
    public void NoPath_ClimbsOutOfTheRepository()
    {
        Assert.DoesNotContain("../", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void GettingStarted_SaysWhatToOpen_AndWhereTheOrganizerKeyIs()
    {
        Assert.Contains("open http://127.0.0.1:5000", Readme, StringComparison.Ordinal);
        Assert.Contains("**Organize a consultation**", Readme, StringComparison.Ordinal);
        Assert.Contains("`silo-host/data/organizer.key`", Readme, StringComparison.Ordinal);
        Assert.Contains("The first run builds the web client", Readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName + Path.DirectorySeparatorChar;
            }
        }
        throw new DirectoryNotFoundException($"No Hub.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}
