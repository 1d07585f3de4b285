namespace ConsultHub.Domain.Tests.Summaries;

/// <summary>
/// Compares output with a committed file under Summaries/Golden. A mismatch fails with a line
/// diff; running the tests with <c>UPDATE_GOLDEN=1</c> rewrites the files instead, to be reviewed
/// in the commit like any other change.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Folder(), name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with {UpdateVariable}=1 to create it.");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            Assert.Fail($"{name} differs from its golden file {path} (- golden, + actual); if the change is intended, run the tests with {UpdateVariable}=1.\n{LineDiff.Of(expected, actual)}");
        }
    }

    /// <summary>The source folder (not the build output), so that updates land in the repository.</summary>
    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsultHub.Domain.Tests.csproj")))
            {
                return Path.Combine(dir.FullName, "Summaries", "Golden");
            }
        }
        throw new DirectoryNotFoundException($"No ConsultHub.Domain.Tests.csproj above {AppContext.BaseDirectory}.");
    }
}
