using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using ConsultHub.Web.Tests.Trust.Fixtures;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>A consultation on a trust host plus the connections a test opens to it; disposing closes them.</summary>
public sealed class TrustRoom(ConsultationKeys keys, ClientPool clients) : IAsyncDisposable
{
    /// <summary>The consultation's id and secrets.</summary>
    public ConsultationKeys Keys { get; } = keys;

    /// <summary>The consultation id.</summary>
    public string Id => Keys.Id;

    /// <summary>The join code.</summary>
    public string JoinCode => Keys.JoinCode;

    /// <summary>Connections of this test.</summary>
    public ClientPool Clients { get; } = clients;

    /// <summary>A new consultation (themes "data" and "capacity") on <paramref name="host"/>.</summary>
    public static async Task<TrustRoom> CreateAsync(TrustHost host, Visibility visibility = Visibility.Public, int capacity = ConsultationSettings.DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new(await host.CreateConsultationAsync(s => s with { Visibility = visibility, Capacity = capacity }), new ClientPool(host.Address));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Clients.DisposeAsync();
}
