namespace ConsultHub.Domain.Model;

/// <summary>Why a hand left the queue without the floor.</summary>
public enum HandLoweredReason
{
    Own,
    Moderator,
    AllLowered,
    Left,
    GraceExpired,
    Removed,
    Closed,
}
