using ConsultHub.Domain.Model;
using ConsultHub.Web.Tests.Fixtures;
using Microsoft.Extensions.Logging;

namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>
/// The hub as silo-host composes it, in process on real Kestrel, with its own SQLite journal and
/// the hub's own key bootstrap (the token-signing key is generated beside the database), so trust
/// tests can set <c>Hub:*</c> settings such as the abuse limits and read what was stored.
/// </summary>
public abstract class TrustHost() : InProcessHub(OrganizerKey, "trust")
{
    /// <summary>The hub's organizer key.</summary>
    public const string OrganizerKey = "trust-tests-organizer-key-0123456789";

    /// <inheritdoc/>
    protected override LogLevel MinimumLogLevel => LogLevel.Critical;

    /// <inheritdoc/>
    protected override ConsultationSettings DefaultConsultation =>
        new() { Title = "Draft convention on data sharing", Region = "Asia", TimeZone = "Asia/Bangkok", Themes = ["data", "capacity"] };
}
