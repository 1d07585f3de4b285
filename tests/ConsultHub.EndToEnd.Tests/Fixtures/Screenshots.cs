using Xunit.Abstractions;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>Full-page screenshots kept as artifacts under <c>artifacts/screenshots/</c>, numbered in the order taken.</summary>
public sealed class Screenshots
{
    private readonly ITestOutputHelper _output;
    private readonly string _prefix;
    private int _taken;

    /// <summary>Starts a series; earlier screenshots of the same series are removed so none is stale.</summary>
    public Screenshots(ITestOutputHelper output, string prefix)
    {
        _output = output;
        _prefix = prefix;
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        foreach (var old in Directory.EnumerateFiles(RepositoryPaths.Screenshots, $"{prefix}-*.png"))
        {
            File.Delete(old);
        }
    }

    /// <summary>Saves what <paramref name="person"/> sees now and prints the path.</summary>
    public async Task TakeAsync(Person person, string moment)
    {
        _taken++;
        var path = Path.Combine(RepositoryPaths.Screenshots, $"{_prefix}-{_taken:00}-{person.Role}-{moment}.png");
        await person.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
        _output.WriteLine($"screenshot: {path}");
    }
}
