namespace ConsultHub.Domain.Model;

/// <summary>A moderation act recorded in the ledger.</summary>
public enum LedgerAction
{
    HidePoint,
    MergePoints,
    MoveHand,
    RemoveHand,
    LowerAllHands,
    RemoveParticipant,
}
