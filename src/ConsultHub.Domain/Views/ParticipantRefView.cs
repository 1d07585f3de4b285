namespace ConsultHub.Domain.Views;

/// <summary>Names a participant or point without details (removals as non-moderators see them).</summary>
public sealed record ParticipantRefView(string ParticipantId);
