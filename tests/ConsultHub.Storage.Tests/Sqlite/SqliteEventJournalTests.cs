using ConsultHub.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConsultHub.Storage.Tests.Sqlite;

public sealed class SqliteEventJournalTests : EventJournalContractTests
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("consulthub-sqlite-");

    private string DatabasePath => Path.Combine(_directory.FullName, "journal", "hub.db");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    protected override IEventJournal CreateJournal() =>
        new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });

    [Fact]
    public async Task Open_InAMissingDirectory_CreatesItAndUsesWal()
    {
        await using var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Reopen_AfterDispose_RestoresEventsSnapshotsAndStreams()
    {
        await using (var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath }))
        {
            await journal.AppendAsync("a", 0, Records.Range(1, 3));
            await journal.AppendAsync("b", 0, Records.Range(1, 1));
            await journal.SaveSnapshotAsync("a", new JournalSnapshot(2, "{\"folded\":2}"));
        }

        await using var reopened = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });

        Assert.Equal(Records.Range(1, 3), await reopened.ReadAsync("a", 0));
        Assert.Equal(new JournalSnapshot(2, "{\"folded\":2}"), await reopened.ReadSnapshotAsync("a"));
        Assert.Equal(["a", "b"], await reopened.ListStreamsAsync());
        Assert.Equal(4, await reopened.AppendAsync("a", 3, Records.Range(4, 1)));
    }

    [Fact]
    public async Task GroupCommit_ConcurrentAppends_ShareTransactions()
    {
        await using var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });
        await journal.AppendAsync("warm-up", 0, Records.Range(1, 1));
        var before = journal.BatchesCommitted;

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => journal.AppendAsync($"stream-{i}", 0, Records.Range(1, 1))));

        Assert.True(journal.BatchesCommitted - before < 200, $"200 appends took {journal.BatchesCommitted - before} commits.");
    }

    [Fact]
    public async Task Conflict_InsideABatch_DoesNotFailTheOtherAppends()
    {
        await using var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });

        // AppendAsync enqueues before returning, so these calls land in one or two batches.
        var contested = Enumerable.Range(0, 5).Select(i => journal.AppendAsync("contested", 0, Records.Range(1, 2, $"w{i}"))).ToArray();
        var others = Enumerable.Range(0, 20).Select(i => journal.AppendAsync($"other-{i}", 0, Records.Range(1, 3))).ToArray();

        Assert.All(await Task.WhenAll(others), version => Assert.Equal(3, version));
        var outcomes = await Task.WhenAll(contested.Select(async task =>
        {
            try
            {
                return await task;
            }
            catch (JournalConcurrencyException)
            {
                return -1L;
            }
        }));
        Assert.Equal(2, Assert.Single(outcomes, version => version != -1));
        Assert.Equal(2, (await journal.ReadAsync("contested", 0)).Count);
    }

    [Fact]
    public async Task Dispose_WithQueuedAppends_CommitsThemFirst()
    {
        var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });
        var pending = Enumerable.Range(0, 100).Select(i => journal.AppendAsync($"stream-{i}", 0, Records.Range(1, 1))).ToArray();

        await journal.DisposeAsync();

        Assert.All(await Task.WhenAll(pending), version => Assert.Equal(1, version));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.AppendAsync("late", 0, Records.Range(1, 1)));
        await using var reopened = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });
        Assert.Equal(100, (await reopened.ListStreamsAsync()).Count);
    }

    [Fact]
    public void Open_WhenThePathIsADirectory_ThrowsUnavailable()
    {
        Directory.CreateDirectory(DatabasePath);

        Assert.Throws<JournalUnavailableException>(() => new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath }));
    }

    [Theory]
    [InlineData("", 10, "Storage:Sqlite:Path")]
    [InlineData(":memory:", 10, "Storage:Sqlite:Path")]
    [InlineData("data/hub.db", 0, "Storage:Sqlite:MaxBatchSize")]
    [InlineData("data/hub.db", 10_001, "Storage:Sqlite:MaxBatchSize")]
    public void Open_WithInvalidOptions_NamesTheKey(string path, int maxBatchSize, string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteEventJournal(new SqliteJournalOptions { Path = path, MaxBatchSize = maxBatchSize }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WithAnUndefinedDurability_NamesTheKey()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath, Durability = (SqliteDurability)7 }));

        Assert.Contains("Storage:Sqlite:Durability", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    [Theory]
    [InlineData(SqliteDurability.PowerLoss, 2)]
    [InlineData(SqliteDurability.ProcessCrash, 1)]
    public void Schema_SetsSynchronousFromTheDurability(SqliteDurability durability, long synchronous)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();

        SqliteSchema.Initialize(connection, durability);

        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous;";
        Assert.Equal(synchronous, (long)pragma.ExecuteScalar()!);
    }

    [Fact]
    public async Task ProcessCrashDurability_StillKeepsAcknowledgedAppendsAcrossReopen()
    {
        await using (var journal = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath, Durability = SqliteDurability.ProcessCrash }))
        {
            await journal.AppendAsync("a", 0, Records.Range(1, 3));
        }

        await using var reopened = new SqliteEventJournal(new SqliteJournalOptions { Path = DatabasePath });
        Assert.Equal(Records.Range(1, 3), await reopened.ReadAsync("a", 0));
    }
}
