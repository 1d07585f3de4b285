using System.Text.Json.Serialization;
namespace ConsultHub.Domain.Model;

/// <summary>One speaking turn: from the moment the floor is given until it is ended.</summary>
public sealed record Turn
{
    /// <summary>Turn id such as <c>T3</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Who has the floor.</summary>
    public required string ParticipantId { get; init; }

    /// <summary>The intent of the hand that got the floor, or null when given directly.</summary>
    public HandIntent? Intent { get; init; }

    /// <summary>When the floor was given.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The speaking limit in force for this turn.</summary>
    public required int LimitSeconds { get; init; }

    /// <summary>How long the hand waited before getting the floor.</summary>
    public long WaitedMs { get; init; }

    /// <summary>True once the 30-seconds-left warning was given.</summary>
    public bool Warned { get; init; }

    /// <summary>True once the limit passed.</summary>
    public bool Overtime { get; init; }

    /// <summary>When the turn ended, or null while it runs.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The turn's duration once ended.</summary>
    public long DurationMs { get; init; }

    /// <summary>When the limit is reached.</summary>
    [JsonIgnore]
    public DateTimeOffset EndsAt => StartedAt.AddSeconds(LimitSeconds);

    /// <summary>When the warning is due: 30 seconds before the limit, or at the start of a shorter turn.</summary>
    [JsonIgnore]
    public DateTimeOffset WarnAt => LimitSeconds > WarningSeconds ? EndsAt.AddSeconds(-WarningSeconds) : StartedAt;

    /// <summary>Seconds left when the warning is given.</summary>
    public const int WarningSeconds = 30;
}
