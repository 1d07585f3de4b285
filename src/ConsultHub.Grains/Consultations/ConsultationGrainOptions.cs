using System.ComponentModel.DataAnnotations;

namespace ConsultHub.Grains.Consultations;

/// <summary>Settings of consultation grains (bound from configuration section <c>Hub</c>).</summary>
public sealed class ConsultationGrainOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub";

    /// <summary>The hub's organizer key (<c>Hub:OrganizerKey</c>); at least 16 characters.</summary>
    [Required, MinLength(16)]
    public string OrganizerKey { get; set; } = "";

    /// <summary>
    /// The key participant tokens are signed with (<c>Hub:TokenSigningKey</c>); at least 32 characters.
    /// Changing it invalidates every participant token issued so far.
    /// </summary>
    [Required, MinLength(ParticipantTokens.MinKeyLength)]
    public string TokenSigningKey { get; set; } = "";

    /// <summary>A snapshot is written every this many events, so activation replays at most that many.</summary>
    [Range(1, 100_000)]
    public int SnapshotEvery { get; set; } = 200;

    /// <summary>How many recent events per consultation are kept for resuming watchers without a full view.</summary>
    [Range(0, 100_000)]
    public int ResumeWindow { get; set; } = 256;

    /// <summary>
    /// How long an activating grain waits for silos to report live connections before it disconnects
    /// participants the journal calls connected but no silo reported (longer than the silos' renewal period).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan PresenceSettle { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a silo's subscription lasts without renewal (silos renew every 2 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SubscriptionExpiry { get; set; } = TimeSpan.FromSeconds(30);
}
