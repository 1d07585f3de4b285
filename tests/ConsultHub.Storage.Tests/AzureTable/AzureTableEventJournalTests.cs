using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ConsultHub.Storage.AzureTable;
using ConsultHub.Testing.Azurite;
using Azure.Data.Tables;

namespace ConsultHub.Storage.Tests.AzureTable;

public sealed class AzureTableEventJournalTests(AzuriteFixture azurite) : EventJournalContractTests, IClassFixture<AzuriteFixture>
{
    // A table per test keeps ListStreams and the group-commit check blind to other tests' streams.
    private readonly string _tableName = "t" + Guid.NewGuid().ToString("N");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Table().DeleteAsync();
    }

    protected override IEventJournal CreateJournal() => new AzureTableEventJournal(Options());

    [Fact]
    public async Task Append_OverTheTransactionLimit_IsRefusedAndWritesNothing()
    {
        var journal = Open();

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => journal.AppendAsync("s", 0, Records.Range(1, AzureTableEventJournal.MaxRecordsPerAppend + 1)));

        Assert.Contains("at most 99 records", error.Message, StringComparison.Ordinal);
        Assert.Empty(await journal.ReadAsync("s", 0));
        Assert.Equal(99, await journal.AppendAsync("s", 0, Records.Range(1, AzureTableEventJournal.MaxRecordsPerAppend)));
        Assert.Equal(99, (await Open().ReadAsync("s", 0)).Count);
    }

    [Fact]
    public async Task Append_OfAnEventOverTheDataLimit_IsRefused()
    {
        var journal = Open();
        var huge = Records.One(1, new string('x', TextChunks.MaxEntityText + 1));

        await Assert.ThrowsAsync<ArgumentException>(() => journal.AppendAsync("s", 0, [huge]));

        Assert.Empty(await journal.ReadAsync("s", 0));
    }

    [Fact]
    public async Task Append_OfEventsAtTheDataLimitInNonAsciiText_IsStoredWhole()
    {
        // Within the payload budget, but escaped as the SDK's encoder writes it (\uXXXX) these
        // three events would take about 4.9 MB on the wire, over the 4 MiB a transaction may carry.
        var journal = Open();
        // A chunk never ends inside a surrogate pair, so each of the 15 may hold one character less.
        var length = TextChunks.MaxEntityText - TextChunks.ChunksPerEntity;
        var text = Records.MixedText(length)[..length];
        var records = new[] { Records.One(1, text), Records.One(2, text[1..] + "é"), Records.One(3, text[2..] + "中文"), Records.One(4, "{}") };

        Assert.Equal(4, await journal.AppendAsync("s", 0, records));

        Assert.Equal(records, await Open().ReadAsync("s", 0));
    }

    [Fact]
    public async Task Append_WithAStaleCachedHead_IsRefusedByTheETag()
    {
        var first = Open();
        var second = Open();
        await first.AppendAsync("s", 0, Records.Range(1, 2));
        await second.AppendAsync("s", 2, Records.Range(3, 1, "second"));

        // The first instance still believes the stream is at version 2.
        await Assert.ThrowsAsync<JournalConcurrencyException>(() => first.AppendAsync("s", 2, Records.Range(3, 1, "first")));

        Assert.Equal(Records.Range(3, 1, "second"), (await first.ReadAsync("s", 0)).Skip(2));
    }

    [Fact]
    public async Task Append_WhoseResponseIsLost_IsFoundStoredAndReportedAsSuccess()
    {
        var network = new FaultyNetworkHandler();
        var journal = new AzureTableEventJournal(Options(), null, network);
        await journal.AppendAsync("s", 0, Records.Range(1, 1));

        network.Next = FaultyNetworkHandler.Fault.LoseNextBatchResponse;
        var version = await journal.AppendAsync("s", 1, Records.Range(2, 2));

        Assert.Equal(3, version);
        Assert.Equal(Records.Range(1, 3), await Open().ReadAsync("s", 0));
    }

    [Fact]
    public async Task Append_WhoseRequestNeverArrives_ThrowsUnavailableAndWritesNothing()
    {
        var network = new FaultyNetworkHandler();
        var journal = new AzureTableEventJournal(Options(), null, network);
        await journal.AppendAsync("s", 0, Records.Range(1, 1));

        network.Next = FaultyNetworkHandler.Fault.DropNextBatchRequest;
        await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.AppendAsync("s", 1, Records.Range(2, 1)));

        Assert.Equal(Records.Range(1, 1), await journal.ReadAsync("s", 0));
        Assert.Equal(2, await journal.AppendAsync("s", 1, Records.Range(2, 1)));
    }

    [Fact]
    public async Task Append_WhoseOutcomeCannotBeChecked_SaysSoAndARetryResolvesIt()
    {
        var network = new FaultyNetworkHandler();
        var journal = new AzureTableEventJournal(Options(), null, network);
        await journal.AppendAsync("s", 0, Records.Range(1, 1));

        network.Next = FaultyNetworkHandler.Fault.LoseNextBatchResponseAndEverythingAfter;
        var error = await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.AppendAsync("s", 1, Records.Range(2, 1)));
        network.Next = FaultyNetworkHandler.Fault.None;

        Assert.Contains("unknown", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<JournalConcurrencyException>(() => journal.AppendAsync("s", 1, Records.Range(2, 1)));
        Assert.Equal(Records.Range(1, 2), await journal.ReadAsync("s", 0));
    }

    [Fact]
    public async Task Snapshot_SpanningSeveralTransactions_RoundTripsAndLeavesNoStaleRows()
    {
        var journal = Open();
        await journal.SaveSnapshotAsync("s", new JournalSnapshot(1, Records.MixedText(1_200_000)));
        var large = new JournalSnapshot(2, Records.MixedText(4_000_000));

        await journal.SaveSnapshotAsync("s", large);

        Assert.Equal(large, await Open().ReadSnapshotAsync("s"));
        var rows = await Table().QueryAsync<TableEntity>(select: ["RowKey", "Version"]).ToListAsync();
        var chunks = rows.Where(row => row.RowKey.StartsWith(TableKeys.SnapshotChunkPrefix, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(chunks);
        Assert.All(chunks, row => Assert.Equal(2, row.GetInt64("Version")));
    }

    [Fact]
    public async Task RowsInTheLayoutOfTheCosmosTableProvider_AreReadAndAppendedTo()
    {
        // The rows Microsoft.Azure.Cosmos.Table wrote, spelled out here rather than through the
        // provider's own mapping, so a change of layout, name or type cannot pass unnoticed.
        var table = Table();
        await table.CreateIfNotExistsAsync();
        var at = Records.Start.AddTicks(7);
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, new TableEntity("old~002Fone", "head") { ["Version"] = 2L }),
            new(TableTransactionActionType.Add, new TableEntity("old~002Fone", "event-0000000000000000001")
            {
                ["Type"] = "point-posted", ["AtUtcTicks"] = at.UtcTicks, ["WriteId"] = "w1", ["Data0"] = "{\"n\":", ["Data1"] = "1}",
            }),
            new(TableTransactionActionType.Add, new TableEntity("old~002Fone", "event-0000000000000000002") { ["Type"] = "opened", ["AtUtcTicks"] = at.UtcTicks }),
            new(TableTransactionActionType.Add, new TableEntity("old~002Fone", "snapshot") { ["Version"] = 2L, ["SaveId"] = "s1", ["Rows"] = 2 }),
            new(TableTransactionActionType.Add, new TableEntity("old~002Fone", "snapshot-0000000000000000002-s1-0000") { ["Version"] = 2L, ["Data0"] = "{\"state\":" }),
            new(TableTransactionActionType.Add, new TableEntity("old~002Fone", "snapshot-0000000000000000002-s1-0001") { ["Version"] = 2L, ["Data0"] = "2}" }),
        ]);
        var journal = Open();

        Assert.Equal(["old/one"], await journal.ListStreamsAsync());
        Assert.Equal([new JournalRecord(1, "point-posted", "{\"n\":1}", at), new JournalRecord(2, "opened", string.Empty, at)], await journal.ReadAsync("old/one", 0));
        Assert.Equal(new JournalSnapshot(2, "{\"state\":2}"), await journal.ReadSnapshotAsync("old/one"));
        await Assert.ThrowsAsync<JournalConcurrencyException>(() => journal.AppendAsync("old/one", 1, Records.Range(2, 1)));
        Assert.Equal(3, await journal.AppendAsync("old/one", 2, Records.Range(3, 1)));
        Assert.Equal(3L, (await table.GetEntityAsync<TableEntity>("old~002Fone", "head")).Value.GetInt64("Version"));
    }

    [Fact]
    public async Task StoreDown_EveryCall_FailsFastAsUnavailable()
    {
        var journal = new AzureTableEventJournal(new AzureTableJournalOptions
        {
            ConnectionString = AzuriteFixture.ConnectionStringFor(UnusedPort()),
            TableName = _tableName,
            MaxAttempts = 1,
            RequestTimeout = TimeSpan.FromSeconds(5),
        });
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.AppendAsync("s", 0, Records.Range(1, 1)));
        await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.ReadAsync("s", 0));
        await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.ListStreamsAsync());
        await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.SaveSnapshotAsync("s", new JournalSnapshot(1, "{}")));
        await Assert.ThrowsAsync<JournalUnavailableException>(() => journal.ReadSnapshotAsync("s"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Failing took {clock.Elapsed}.");
    }

    [Theory]
    [InlineData(null, "consulthubevents", "Storage:AzureTable:ConnectionString")]
    [InlineData("not a connection string", "consulthubevents", "Storage:AzureTable:ConnectionString")]
    [InlineData("UseDevelopmentStorage=true", "no", "Storage:AzureTable:TableName")]
    [InlineData("UseDevelopmentStorage=true", "has-dash", "Storage:AzureTable:TableName")]
    public void Create_WithInvalidOptions_NamesTheKey(string? connectionString, string tableName, string key)
    {
        var error = Assert.Throws<ArgumentException>(
            () => new AzureTableEventJournal(new AzureTableJournalOptions { ConnectionString = connectionString, TableName = tableName }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private AzureTableJournalOptions Options() => new()
    {
        ConnectionString = azurite.ConnectionString,
        TableName = _tableName,
        MaxAttempts = 1,
    };

    private TableClient Table() => new(azurite.ConnectionString, _tableName);
}
