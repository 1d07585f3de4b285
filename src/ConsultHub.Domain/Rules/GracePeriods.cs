namespace ConsultHub.Domain.Rules;

/// <summary>How long a participant who dropped off keeps their place in the queue.</summary>
public static class GracePeriods
{
    /// <summary>60 seconds, per SPEC.md.</summary>
    public static readonly TimeSpan Participant = TimeSpan.FromSeconds(60);
}
