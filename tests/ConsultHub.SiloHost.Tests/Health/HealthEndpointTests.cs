using System.Net;
using ConsultHub.SiloHost.Tests.Fixtures;
using Xunit.Abstractions;
using ConsultHub.Testing.Fixtures;

namespace ConsultHub.SiloHost.Tests.Health;

/// <summary>
/// <c>/healthz</c> says the process lives; <c>/readyz</c> says its journal answers. Readiness with
/// Azure Table storage gone is covered by the storage outage test.
/// </summary>
public sealed class HealthEndpointTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Scratch _scratch = new("health");
    private readonly Owned _owned = new();

    [Fact]
    public async Task Healthz_IsOkWhileTheProcessLives_AndReadyz_IsOkOnSqlite()
    {
        var host = _owned.Add(await HostProcess.StartAsync(_scratch.Path, StartTimeout,
            [$"--Hub:OrganizerKey={Drill.OrganizerKey}", $"--Storage:Sqlite:Path={_scratch.File("hub.db")}"]));
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(10) };

        var (live, liveBody) = await GetAsync(http, "/healthz");
        var (ready, readyBody) = await GetAsync(http, "/readyz");
        await host.KillAsync();
        var afterKill = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("/healthz"));

        output.WriteLine($"/healthz {(int)live} {liveBody}; /readyz {(int)ready} {readyBody}; after SIGKILL: {afterKill.HttpRequestError}");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live, liveBody));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready, readyBody));
    }

    /// <inheritdoc/>
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Kills the host, even when the test failed half-way.</summary>
    public async Task DisposeAsync()
    {
        await _owned.DisposeAsync();
        _scratch.Dispose();
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
