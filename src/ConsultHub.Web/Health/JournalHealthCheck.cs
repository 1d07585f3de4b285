using ConsultHub.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsultHub.Web.Health;

/// <summary>Ready means the journal answers a read within a couple of seconds.</summary>
public sealed class JournalHealthCheck(IEventJournal journal) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await journal.ReadSnapshotAsync("health-probe", timeout.Token).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy("The journal answers.");
        }
        catch (Exception ex) when (ex is JournalUnavailableException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The journal does not answer.", ex);
        }
    }
}
