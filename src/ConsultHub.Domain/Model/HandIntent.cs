namespace ConsultHub.Domain.Model;

/// <summary>Why a hand is raised; it decides the lane: points of order, then replies, then speak.</summary>
public enum HandIntent
{
    Speak,
    Reply,
    PointOfOrder,
}
