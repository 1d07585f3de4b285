using System.Collections.Concurrent;
using ConsultHub.Web.Hubs;

namespace ConsultHub.Web.Tests.Hubs;

public sealed class KeyedLanesTests
{
    [Fact]
    public void TheFirstToQueueDrains_LaterOnesOnlyQueue_AndADrainedLaneIsRemoved()
    {
        var lanes = new KeyedLanes<int>();

        var lane = lanes.Add("c1", 1);
        Assert.NotNull(lane);
        Assert.Null(lanes.Add("c1", 2));
        Assert.Null(lanes.Add("c1", 3));
        Assert.NotNull(lanes.Add("c2", 10));

        Assert.Equal([1, 2, 3], lanes.Take(lane));
        Assert.Empty(lanes.Take(lane));
        Assert.Equal(1, lanes.Count);
        Assert.NotNull(lanes.Add("c1", 4));
    }

    [Fact]
    public void Take_GivesAtMostMax_OldestFirst()
    {
        var lanes = new KeyedLanes<int>();
        var lane = lanes.Add("c1", 0)!;
        for (var i = 1; i < 10; i++)
        {
            lanes.Add("c1", i);
        }

        Assert.Equal([0, 1, 2, 3], lanes.Take(lane, 4));
        Assert.Equal([4, 5, 6, 7], lanes.Take(lane, 4));
        Assert.Equal([8, 9], lanes.Take(lane, 4));
        Assert.Empty(lanes.Take(lane, 4));
        Assert.Equal(0, lanes.Count);
    }

    [Fact]
    public async Task UnderConcurrentProducers_EachItemIsTakenOnce_InEachProducersOrder()
    {
        var lanes = new KeyedLanes<(int Producer, int Sequence)>();
        string[] keys = ["a", "b", "c"];
        var taken = new ConcurrentDictionary<string, ConcurrentQueue<(int Producer, int Sequence)>>();
        // Two drainers of one key at once would interleave their chunks and break a producer's order.
        void Drain(KeyedLanes<(int Producer, int Sequence)>.Lane lane)
        {
            while (lanes.Take(lane, 7) is { Count: > 0 } items)
            {
                foreach (var item in items)
                {
                    taken.GetOrAdd(lane.Key, _ => new()).Enqueue(item);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(producer => Task.Run(() =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                if (lanes.Add(keys[i % keys.Length], (producer, i)) is { } lane)
                {
                    Drain(lane);
                }
            }
        })));

        Assert.Equal(0, lanes.Count);
        foreach (var key in keys)
        {
            var items = taken[key].ToList();
            Assert.Equal(4 * 1_000, items.Count);
            Assert.Equal(items.Count, items.Distinct().Count());
            foreach (var producer in items.GroupBy(item => item.Producer))
            {
                var sequence = producer.Select(item => item.Sequence).ToList();
                Assert.Equal(sequence.Order(), sequence);
            }
        }
    }
}
