using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Telemetry;

/// <summary>
/// A stand-in OTLP/HTTP collector on 127.0.0.1: it answers every export with 200 and keeps the
/// request bodies (protobuf, in which metric names appear as plain UTF-8).
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    /// <summary>Where exporters send, such as http://127.0.0.1:41234.</summary>
    public Uri Address => new(_app.Urls.Single());

    /// <summary>The exports received so far: request path and body.</summary>
    public IReadOnlyCollection<(string Path, byte[] Body)> Exports => _exports;

    /// <summary>Starts a receiver on a free port.</summary>
    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls=http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/{signal}", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            receiver._exports.Enqueue((request.Path.Value ?? "", body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
