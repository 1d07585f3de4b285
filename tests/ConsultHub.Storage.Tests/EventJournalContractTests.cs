namespace ConsultHub.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IEventJournal"/> provider owes its callers. Each provider's test
/// class derives from this one and supplies a fresh, isolated store per test.
/// </summary>
public abstract class EventJournalContractTests : IAsyncLifetime
{
    private readonly List<IEventJournal> _journals = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var journal in _journals)
        {
            if (journal is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }

    /// <summary>A new journal instance over this test's store; all instances of one test share it.</summary>
    protected abstract IEventJournal CreateJournal();

    protected IEventJournal Open()
    {
        var journal = CreateJournal();
        _journals.Add(journal);
        return journal;
    }

    [Fact]
    public async Task Append_ToNewStream_ThenReadReturnsTheRecordsInOrder()
    {
        var journal = Open();
        var records = Records.Range(1, 3);

        var version = await journal.AppendAsync("consultation-1", 0, records);

        Assert.Equal(3, version);
        Assert.Equal(records, await journal.ReadAsync("consultation-1", 0));
    }

    [Fact]
    public async Task Append_AtTheCurrentVersion_ContinuesTheStream()
    {
        var journal = Open();
        await journal.AppendAsync("s", 0, Records.Range(1, 2));

        var version = await journal.AppendAsync("s", 2, Records.Range(3, 2));

        Assert.Equal(4, version);
        Assert.Equal([1, 2, 3, 4], (await journal.ReadAsync("s", 0)).Select(r => r.Version));
    }

    [Fact]
    public async Task Read_AfterAVersion_ReturnsOnlyLaterRecords()
    {
        var journal = Open();
        var records = Records.Range(1, 5);
        await journal.AppendAsync("s", 0, records);

        Assert.Equal(records[3..], await journal.ReadAsync("s", 3));
        Assert.Empty(await journal.ReadAsync("s", 5));
        Assert.Empty(await journal.ReadAsync("s", 9));
    }

    [Fact]
    public async Task Read_UnknownStream_ReturnsNothing()
    {
        var journal = Open();

        Assert.Empty(await journal.ReadAsync("never-written", 0));
    }

    [Fact]
    public async Task StaleVersion_Append_Throws()
    {
        var journal = Open();
        var original = Records.Range(1, 2);
        await journal.AppendAsync("s", 0, original);

        var conflict = await Assert.ThrowsAsync<JournalConcurrencyException>(
            () => journal.AppendAsync("s", 1, Records.Range(2, 3, "stale")));

        Assert.Equal("s", conflict.StreamId);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(original, await journal.ReadAsync("s", 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public async Task Append_WithAWrongExpectedVersion_ThrowsAndWritesNothing(long expectedVersion)
    {
        var journal = Open();
        var original = Records.Range(1, 2);
        await journal.AppendAsync("s", 0, original);

        await Assert.ThrowsAsync<JournalConcurrencyException>(
            () => journal.AppendAsync("s", expectedVersion, Records.Range(expectedVersion + 1, 1, "wrong")));

        Assert.Equal(original, await journal.ReadAsync("s", 0));
    }

    [Fact]
    public async Task Append_ToAMissingStreamAtALaterVersion_Throws()
    {
        var journal = Open();

        await Assert.ThrowsAsync<JournalConcurrencyException>(() => journal.AppendAsync("s", 3, Records.Range(4, 1)));

        Assert.Empty(await journal.ReadAsync("s", 0));
        Assert.Empty(await journal.ListStreamsAsync());
    }

    [Fact]
    public async Task ConcurrentAppends_WithTheSameExpectedVersion_ExactlyOneWins()
    {
        // Two instances over one store: the check must hold in the store, not only in memory.
        var first = Open();
        var second = Open();
        await first.AppendAsync("s", 0, Records.Range(1, 1));
        await second.ReadAsync("s", 0);

        var attempts = Enumerable.Range(0, 12)
            .Select(i => Task.Run(() => (i % 2 == 0 ? first : second).AppendAsync("s", 1, Records.Range(2, 2, $"writer-{i}"))))
            .ToArray();
        var outcomes = await Task.WhenAll(attempts.Select(JournalCalls.OutcomeAsync));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.All(outcomes.Where(outcome => outcome is not null), outcome => Assert.IsType<JournalConcurrencyException>(outcome));
        var stored = await Open().ReadAsync("s", 0);
        Assert.Equal(3, stored.Count);
        var winner = Array.FindIndex(outcomes, outcome => outcome is null);
        Assert.Equal(Records.Range(2, 2, $"writer-{winner}"), stored.Skip(1));
    }

    [Fact]
    public async Task Append_ThatConflicts_WritesNoneOfItsRecords()
    {
        var journal = Open();
        await journal.AppendAsync("s", 0, Records.Range(1, 2));

        // Versions 3 and 4 are free; only version 2 collides, and the append is refused whole.
        await Assert.ThrowsAsync<JournalConcurrencyException>(() => journal.AppendAsync("s", 1, Records.Range(2, 3, "late")));
        var version = await journal.AppendAsync("s", 2, Records.Range(3, 3, "on-time"));

        Assert.Equal(5, version);
        Assert.Equal(Records.Range(3, 3, "on-time"), (await journal.ReadAsync("s", 0)).Skip(2));
    }

    [Fact]
    public async Task Append_WithGappedVersions_IsRefusedAndWritesNothing()
    {
        var journal = Open();
        JournalRecord[] gapped = [Records.One(1), Records.One(3)];

        await Assert.ThrowsAsync<ArgumentException>(() => journal.AppendAsync("s", 0, gapped));
        await Assert.ThrowsAsync<ArgumentException>(() => journal.AppendAsync("s", 0, []));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => journal.AppendAsync("", 0, Records.Range(1, 1)));

        Assert.Empty(await journal.ReadAsync("s", 0));
    }

    [Fact]
    public async Task Append_WithACancelledToken_IsCancelledAndWritesNothing()
    {
        var journal = Open();
        await journal.AppendAsync("warm-up", 0, Records.Range(1, 1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => journal.AppendAsync("s", 0, Records.Range(1, 1), new CancellationToken(canceled: true)));

        Assert.Empty(await journal.ReadAsync("s", 0));
    }

    [Fact]
    public async Task Snapshot_NewerReplacesOlder_AndOlderIsIgnored()
    {
        var journal = Open();
        Assert.Null(await journal.ReadSnapshotAsync("s"));

        await journal.SaveSnapshotAsync("s", new JournalSnapshot(5, """{"state":5}"""));
        Assert.Equal(new JournalSnapshot(5, """{"state":5}"""), await journal.ReadSnapshotAsync("s"));

        await journal.SaveSnapshotAsync("s", new JournalSnapshot(9, """{"state":9}"""));
        await journal.SaveSnapshotAsync("s", new JournalSnapshot(7, """{"state":7}"""));

        Assert.Equal(new JournalSnapshot(9, """{"state":9}"""), await Open().ReadSnapshotAsync("s"));
    }

    [Fact]
    public async Task Snapshot_LargerThanOneStringProperty_RoundTrips()
    {
        var journal = Open();
        var small = new JournalSnapshot(3, Records.MixedText(100_000));
        var large = new JournalSnapshot(4, Records.MixedText(700_000));

        await journal.SaveSnapshotAsync("s", small);
        await journal.SaveSnapshotAsync("s", large);

        Assert.Equal(large, await Open().ReadSnapshotAsync("s"));
    }

    [Fact]
    public async Task Event_LargerThanOneStringProperty_RoundTrips()
    {
        var journal = Open();
        var record = Records.One(1, Records.MixedText(200_000));

        await journal.AppendAsync("s", 0, [record]);

        Assert.Equal([record], await Open().ReadAsync("s", 0));
    }

    [Fact]
    public async Task ListStreams_ReturnsEveryStreamWithRecords()
    {
        var journal = Open();
        await journal.AppendAsync("b", 0, Records.Range(1, 1));
        await journal.AppendAsync("a", 0, Records.Range(1, 2));
        await journal.AppendAsync("c", 0, Records.Range(1, 1));
        await journal.SaveSnapshotAsync("snapshot-only", new JournalSnapshot(1, "{}"));

        var streams = await Open().ListStreamsAsync();

        Assert.Equal(["a", "b", "c"], streams.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UnicodePayloads_AndAwkwardStreamIds_RoundTrip()
    {
        var journal = Open();
        const string streamId = "consultation/Ünïcode#1?a\\b%2F+it's 中文 🙂~0041";
        JournalRecord[] records =
        [
            new(1, "hand-raised·ü", """{"name":"Zoë Ñúñez","note":"مرحبا 👋🏽 e\u0301","quote":"\"x\"\\y"}""", Records.Start),
            new(2, "point-posted", "{\"text\":\"line one\\nline two\\ttabbed ✓ 𝄞\"}", Records.Start.AddMinutes(1)),
        ];

        await journal.AppendAsync(streamId, 0, records);
        await journal.SaveSnapshotAsync(streamId, new JournalSnapshot(2, "{\"名前\":\"🙂\"}"));

        var fresh = Open();
        Assert.Equal(records, await fresh.ReadAsync(streamId, 0));
        Assert.Equal(new JournalSnapshot(2, "{\"名前\":\"🙂\"}"), await fresh.ReadSnapshotAsync(streamId));
        Assert.Equal([streamId], await fresh.ListStreamsAsync());
    }

    [Fact]
    public async Task ManyStreams_Interleaved_KeepTheirOwnOrder()
    {
        var journal = Open();
        var streams = Enumerable.Range(0, 10).Select(i => $"stream-{i}").ToArray();
        for (var round = 1; round <= 8; round++)
        {
            foreach (var stream in streams)
            {
                await journal.AppendAsync(stream, round - 1, Records.Range(round, 1, stream));
            }
        }

        var fresh = Open();
        foreach (var stream in streams)
        {
            Assert.Equal(Records.Range(1, 8, stream), await fresh.ReadAsync(stream, 0));
        }
    }

    [Fact]
    public async Task GroupCommit_200ConcurrentAppendsAcross50Streams_AreAllDurableForAFreshJournal()
    {
        var journal = Open();

        // Four writers race on each stream: every append either lands or conflicts and retries on
        // top of the winner, so conflicts and successes mix inside the same commits.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => JournalCalls.AppendWithRetryAsync(journal, $"stream-{i % 50}", $"append-{i}"))));

        var fresh = Open();
        Assert.Equal(50, (await fresh.ListStreamsAsync()).Count);
        var payloads = new List<string>();
        for (var s = 0; s < 50; s++)
        {
            var records = await fresh.ReadAsync($"stream-{s}", 0);
            Assert.Equal([1, 2, 3, 4], records.Select(r => r.Version));
            payloads.AddRange(records.Select(r => r.Data));
        }

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"append-{i}").Order(), payloads.Order());
    }
}
