using ConsultHub.Domain.Model;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>An in-process hub that logs from Information up into <see cref="Log"/>.</summary>
public sealed class LoggedHubServer() : InProcessHub(HubServer.OrganizerKey, "logged")
{
    /// <summary>What the host logged.</summary>
    public CapturedLog Log { get; } = new();

    /// <inheritdoc/>
    protected override LogLevel MinimumLogLevel => LogLevel.Information;

    /// <inheritdoc/>
    protected override ConsultationSettings DefaultConsultation => new() { Title = "Logged consultation", Region = "Asia", TimeZone = "Asia/Bangkok" };

    /// <inheritdoc/>
    protected override void ConfigureLogging(ILoggingBuilder logging) => logging.AddProvider(Log);
}
