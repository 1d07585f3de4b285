using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Hosting;

/// <summary>Tells the person who started the hub where the organizer key is.</summary>
public sealed partial class StartupNotice(OrganizerKeyNotice notice, ILogger<StartupNotice> logger) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (notice.Path is not null)
        {
            LogGeneratedKey(notice.Path);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Hub:OrganizerKey is not configured; using the key stored in {Path}")]
    private partial void LogGeneratedKey(string path);
}
