namespace ConsultHub.Testing.Fixtures;

/// <summary>What a test started (hosts, Azurite, clients), disposed newest first at its end, even when it failed half-way.</summary>
public sealed class Owned : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _items = [];

    /// <summary>Takes ownership of <paramref name="item"/> and returns it.</summary>
    public T Add<T>(T item)
        where T : IAsyncDisposable
    {
        lock (_items)
        {
            _items.Add(item);
        }
        return item;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        IAsyncDisposable[] items;
        lock (_items)
        {
            items = [.. _items];
            _items.Clear();
        }
        for (var i = items.Length - 1; i >= 0; i--)
        {
            await items[i].DisposeAsync();
        }
    }
}
