using System.Collections.Immutable;

namespace ConsultHub.Domain.Model;

/// <summary>What a moderator sets up for a consultation; validated by the domain on creation.</summary>
public sealed record ConsultationSettings
{
    /// <summary>Default seconds a speaker may hold the floor per turn.</summary>
    public const int DefaultSpeakingLimitSeconds = 180;

    /// <summary>Default number of participants that may join.</summary>
    public const int DefaultCapacity = 500;

    /// <summary>Title, 1..200 characters.</summary>
    public string Title { get; init; } = "";

    /// <summary>Free-text region such as "Asia".</summary>
    public string Region { get; init; } = "";

    /// <summary>IANA time zone id used for display.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>Optional planned start (UTC).</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>Moderator-defined themes a point may be filed under.</summary>
    public ImmutableList<string> Themes { get; init; } = [];

    /// <summary>Whether points wait for approval.</summary>
    public ModerationMode ModerationMode { get; init; } = ModerationMode.Open;

    /// <summary>Seconds per speaking turn.</summary>
    public int SpeakingLimitSeconds { get; init; } = DefaultSpeakingLimitSeconds;

    /// <summary>Ordering of <c>speak</c> hands.</summary>
    public QueuePolicy QueuePolicy { get; init; } = QueuePolicy.Fifo;

    /// <summary>Maximum number of participants.</summary>
    public int Capacity { get; init; } = DefaultCapacity;

    /// <summary>Whether observers need the observer key.</summary>
    public Visibility Visibility { get; init; } = Visibility.Public;

    /// <summary>The language the consultation runs in: the web client's default and the summary's headings. Journals written before it existed read as English.</summary>
    public Language Language { get; init; } = Language.En;
}
