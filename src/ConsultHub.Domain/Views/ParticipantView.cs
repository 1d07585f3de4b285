using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Views;

/// <summary>A participant as everyone in the room may see them.</summary>
public sealed record ParticipantView(
    string Id, string DisplayName, string? Affiliation, StakeholderGroup Group, string? Country,
    bool IsModerator, bool Connected, bool Removed, int Turns, long SpokenMs)
{
    /// <summary>Projects a participant record without its secrets.</summary>
    public static ParticipantView Of(Participant p) =>
        new(p.Id, p.DisplayName, p.Affiliation, p.Group, p.Country, p.IsModerator, p.Connected, p.Removed, p.Turns, p.SpokenMs);
}
