using System.Collections.Concurrent;
using System.Globalization;
using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;
using ConsultHub.Grains.Consultations;
using ConsultHub.Grains.Presence;
using ConsultHub.Web.Hubs;

namespace ConsultHub.Web.Tests.Hubs;

public sealed class CommandBatcherTests
{
    [Fact]
    public async Task CommandsArrivingWhileACallIsInFlight_GoTogether_AndEachGetsItsOwnOutcome()
    {
        var grains = new FakeGrains();
        var batcher = new CommandBatcher(grains.Get);
        var held = grains.Hold("c1");

        var first = batcher.ExecuteAsync("c1", "1", new LowerHand());
        await grains.Arrived("c1", 1);
        var later = Enumerable.Range(2, 5).Select(i => batcher.ExecuteAsync("c1", i.ToString(CultureInfo.InvariantCulture), new LowerHand())).ToArray();
        held.SetResult();
        var outcomes = await Task.WhenAll([first, .. later]);

        Assert.Equal([1, 5], grains.BatchSizes("c1"));
        Assert.Equal([1L, 2, 3, 4, 5, 6], outcomes.Select(o => o.Version));
        await LanesRetiredAsync(batcher);
    }

    [Fact]
    public async Task QuietConsultation_SendsEachCommandAtOnce()
    {
        var grains = new FakeGrains();
        var batcher = new CommandBatcher(grains.Get);

        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(i, (await batcher.ExecuteAsync("c1", i.ToString(CultureInfo.InvariantCulture), new LowerHand())).Version);
        }

        Assert.Equal([1, 1, 1], grains.BatchSizes("c1"));
        await LanesRetiredAsync(batcher);
    }

    [Fact]
    public async Task ABusyConsultation_DoesNotHoldBackAnother()
    {
        var grains = new FakeGrains();
        var batcher = new CommandBatcher(grains.Get);
        var held = grains.Hold("busy");

        var waiting = batcher.ExecuteAsync("busy", "1", new LowerHand());
        var other = await batcher.ExecuteAsync("quiet", "7", new LowerHand()).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(7, other.Version);
        Assert.False(waiting.IsCompleted);
        held.SetResult();
        Assert.Equal(1, (await waiting).Version);
    }

    [Fact]
    public async Task AFailedCall_FailsEveryCommandOfItsBatch_AndLaterCommandsStillRun()
    {
        var grains = new FakeGrains();
        var batcher = new CommandBatcher(grains.Get);
        var held = grains.Hold("c1");
        var first = batcher.ExecuteAsync("c1", "1", new LowerHand());
        await grains.Arrived("c1", 1);
        var doomed = new[] { batcher.ExecuteAsync("c1", "fail", new LowerHand()), batcher.ExecuteAsync("c1", "3", new LowerHand()) };

        held.SetResult();

        Assert.Equal(1, (await first).Version);
        foreach (var task in doomed)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => task);
        }
        Assert.Equal(9, (await batcher.ExecuteAsync("c1", "9", new LowerHand())).Version);
    }

    [Fact]
    public async Task BatchesAreCappedAtMaxBatch()
    {
        var grains = new FakeGrains();
        var batcher = new CommandBatcher(grains.Get);
        var held = grains.Hold("c1");
        var first = batcher.ExecuteAsync("c1", "1", new LowerHand());
        await grains.Arrived("c1", 1);
        var rest = Enumerable.Range(0, CommandBatcher.MaxBatch + 10).Select(_ => batcher.ExecuteAsync("c1", "2", new LowerHand())).ToArray();

        held.SetResult();
        await Task.WhenAll([first, .. rest]);

        Assert.Equal([1, CommandBatcher.MaxBatch, 10], grains.BatchSizes("c1"));
    }

    /// <summary>
    /// Replies continue on the sender's thread, so a caller can see its outcome just before the
    /// sender retires the emptied lane: wait for that rather than race it.
    /// </summary>
    private static async Task LanesRetiredAsync(CommandBatcher batcher)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (batcher.Lanes > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5);
        }
        Assert.Equal(0, batcher.Lanes);
    }

    /// <summary>Grains that answer each command with its credential as the version; "fail" fails the batch.</summary>
    private sealed class FakeGrains
    {
        private readonly ConcurrentDictionary<string, FakeGrain> _grains = new();

        public TaskCompletionSource Hold(string id) => Grain(id).Hold();

        public Task Arrived(string id, int calls) => Grain(id).Arrived(calls);

        public IReadOnlyList<int> BatchSizes(string id) => Grain(id).BatchSizes;

        public IConsultationGrain Get(string id) => Grain(id);

        private FakeGrain Grain(string id) => _grains.GetOrAdd(id, _ => new FakeGrain());
    }

    private sealed class FakeGrain : IConsultationGrain
    {
        private readonly Lock _gate = new();
        private readonly List<int> _sizes = [];
        private TaskCompletionSource? _hold;

        public IReadOnlyList<int> BatchSizes
        {
            get
            {
                lock (_gate)
                {
                    return [.. _sizes];
                }
            }
        }

        public TaskCompletionSource Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task Arrived(int calls)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (BatchSizes.Count < calls && DateTime.UtcNow < deadline)
            {
                await Task.Delay(5);
            }
            Assert.True(BatchSizes.Count >= calls, "The grain was not called.");
        }

        public async Task<IReadOnlyList<CommandOutcome>> ExecuteBatchAsync(IReadOnlyList<BatchedCommand> commands)
        {
            lock (_gate)
            {
                _sizes.Add(commands.Count);
            }
            var hold = Interlocked.Exchange(ref _hold, null);
            if (hold is not null)
            {
                await hold.Task;
            }
            if (commands.Any(c => c.Credential == "fail"))
            {
                throw new InvalidOperationException("The test failed this batch.");
            }
            return [.. commands.Select(c => CommandOutcome.Ok(long.Parse(c.Credential!, CultureInfo.InvariantCulture)))];
        }

        public Task<CreateResult> CreateAsync(string? organizerKey, ConsultationSettings settings) => throw new NotSupportedException();

        public Task<JoinResult> JoinAsync(string? credential, JoinRequest request) => throw new NotSupportedException();

        public Task<CommandOutcome> ExecuteAsync(string? credential, ConsultationCommand command) => throw new NotSupportedException();

        public Task<WatchResult> WatchAsync(string? credential, long? sinceVersion) => throw new NotSupportedException();

        public Task<Caller> AuthenticateAsync(string? credential) => throw new NotSupportedException();

        public Task<ConsultationState?> GetRecordAsync(string? credential) => throw new NotSupportedException();

        public Task<ConsultationView?> GetPublicViewAsync() => throw new NotSupportedException();

        public Task<CommandOutcome> NoticePresenceAsync(string? credential, PresenceNotice notice) => throw new NotSupportedException();

        public Task SubscribeAsync(IConsultationObserver observer, PresenceReport presence, long? receivedVersion) => throw new NotSupportedException();

        public Task UnsubscribeAsync(IConsultationObserver observer) => throw new NotSupportedException();

        public Task ForgetDeadSilosAsync() => throw new NotSupportedException();
    }
}
