using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Hosting;

/// <summary>Tells the person who started the hub where the organizer key is, and, once it listens, what to open.</summary>
public sealed partial class StartupNotice(OrganizerKeyNotice notice, IServer server, IHostApplicationLifetime lifetime, ILogger<StartupNotice> logger) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (notice.Path is not null)
        {
            LogGeneratedKey(notice.Path);
        }
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            LogReady(string.Join(", ", addresses), notice.Path ?? "Hub:OrganizerKey");
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub:OrganizerKey is not configured; using the key stored in {Path}")]
    private partial void LogGeneratedKey(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Open {Address} in a browser; \"Organize a consultation\" asks for the organizer key, which is in {KeyLocation}")]
    private partial void LogReady(string address, string keyLocation);
}
