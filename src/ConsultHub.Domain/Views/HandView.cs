using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>One place in the queue; position is 1-based.</summary>
public sealed record HandView(int Position, string ParticipantId, string DisplayName, StakeholderGroup Group, HandIntent Intent, DateTimeOffset RaisedAt);
