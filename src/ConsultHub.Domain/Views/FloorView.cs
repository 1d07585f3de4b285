using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>The running turn. Browsers count down to <see cref="EndsAt"/>, the server's time.</summary>
public sealed record FloorView(
    string TurnId, string ParticipantId, string DisplayName, HandIntent? Intent, DateTimeOffset StartedAt,
    DateTimeOffset EndsAt, int LimitSeconds, bool Warned, bool Overtime)
{
    /// <summary>Projects a turn.</summary>
    public static FloorView Of(ConsultationState state, Turn t) =>
        new(t.Id, t.ParticipantId, state.Participants[t.ParticipantId].DisplayName, t.Intent, t.StartedAt, t.EndsAt, t.LimitSeconds, t.Warned, t.Overtime);
}
