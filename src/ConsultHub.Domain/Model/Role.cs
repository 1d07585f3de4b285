namespace ConsultHub.Domain.Model;

/// <summary>What a caller may do; resolved from the caller's key or token by the grain.</summary>
public enum Role
{
    Anonymous,
    Observer,
    Participant,
    Moderator,
    Organizer,
    System,
}
