namespace ConsultHub.Domain.Model;

/// <summary>Lifecycle of a consultation; a closed consultation never reopens.</summary>
public enum ConsultationStatus
{
    Scheduled,
    Live,
    Closed,
}
