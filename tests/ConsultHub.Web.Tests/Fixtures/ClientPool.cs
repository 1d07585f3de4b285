using ConsultHub.Testing.Client;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>Opens hub connections for one test and closes whatever is still open at its end.</summary>
public sealed class ClientPool(Uri server) : IAsyncDisposable
{
    private readonly List<HubClient> _clients = [];

    /// <summary>Connects with a key, a token, or nothing.</summary>
    public async Task<HubClient> ConnectAsync(string? credential)
    {
        var client = await HubClient.ConnectAsync(server, credential);
        lock (_clients)
        {
            _clients.Add(client);
        }
        return client;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        HubClient[] open;
        lock (_clients)
        {
            open = [.. _clients];
        }
        await Task.WhenAll(open.Select(c => c.DisposeAsync().AsTask()));
    }
}
