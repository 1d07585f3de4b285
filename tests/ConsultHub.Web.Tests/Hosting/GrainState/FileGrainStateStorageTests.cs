namespace ConsultHub.Web.Tests.Hosting.GrainState;

/// <summary>The embedded default: Orleans' file grain storage in the folder beside the SQLite journal.</summary>
public sealed class FileGrainStateStorageTests : GrainStateStorageContract
{
    protected override IEnumerable<KeyValuePair<string, string?>> StorageSettings =>
        [new("Storage:Provider", "Sqlite"), new("Storage:Sqlite:Path", Path.Combine(DataDirectory, "hub.db"))];

    [Fact]
    public async Task StateFiles_LieBesideTheJournal_AsSystemTextJsonWithTheDomainsConventions()
    {
        await ReportAndWaitAsync("c-1", 3);

        var files = Directory.GetFiles(Path.Combine(DataDirectory, "grains"), "*", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        var text = string.Concat(files.Select(File.ReadAllText));
        Assert.Contains("\"consultationId\":\"c-1\"", text, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"live\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", text, StringComparison.Ordinal);
    }
}
