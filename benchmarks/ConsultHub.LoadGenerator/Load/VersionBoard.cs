namespace ConsultHub.LoadGenerator.Load;

/// <summary>
/// Per version of one consultation: how many watchers received it and when the last one did.
/// Versions at or below the measuring start are not recorded. Lock-free on the receive path:
/// fixed-size chunks allocated on first use.
/// </summary>
public sealed class VersionBoard
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly Slot[]?[] _chunks = new Slot[]?[4096];
    private long _from = long.MaxValue;

    /// <summary>Versions above this are recorded.</summary>
    public long From => Volatile.Read(ref _from);

    /// <summary>Forgets everything and records versions above <paramref name="from"/> from now on.</summary>
    public void Restart(long from)
    {
        Array.Clear(_chunks);
        Volatile.Write(ref _from, from);
    }

    /// <summary>Stops recording.</summary>
    public void Stop() => Volatile.Write(ref _from, long.MaxValue);

    /// <summary>A watcher received <paramref name="version"/> at <paramref name="timestamp"/>.</summary>
    public void Record(long version, long timestamp)
    {
        var offset = version - Volatile.Read(ref _from) - 1;
        if (offset < 0 || offset >= (long)_chunks.Length * ChunkSize)
        {
            return;
        }
        var chunk = Chunk((int)(offset >> ChunkBits));
        ref var slot = ref chunk[offset & (ChunkSize - 1)];
        Interlocked.Increment(ref slot.Count);
        long seen;
        while ((seen = Volatile.Read(ref slot.Last)) < timestamp && Interlocked.CompareExchange(ref slot.Last, timestamp, seen) != seen)
        {
        }
    }

    /// <summary>How many watchers received <paramref name="version"/> and when the last did (0 if none).</summary>
    public (int Count, long Last) Read(long version)
    {
        var offset = version - Volatile.Read(ref _from) - 1;
        if (offset < 0 || offset >= (long)_chunks.Length * ChunkSize || Volatile.Read(ref _chunks[(int)(offset >> ChunkBits)]) is not { } chunk)
        {
            return (0, 0);
        }
        var slot = chunk[offset & (ChunkSize - 1)];
        return (Volatile.Read(ref slot.Count), Volatile.Read(ref slot.Last));
    }

    private Slot[] Chunk(int index)
    {
        var chunk = Volatile.Read(ref _chunks[index]);
        if (chunk is null)
        {
            Interlocked.CompareExchange(ref _chunks[index], new Slot[ChunkSize], null);
            chunk = Volatile.Read(ref _chunks[index])!;
        }
        return chunk;
    }

    private struct Slot
    {
        public int Count;
        public long Last;
    }
}
