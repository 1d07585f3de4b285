using System.Reflection;
using ConsultHub.Web.Hubs;
using static ConsultHub.Web.Tests.Trust.Fuzz.HubParameter;

namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>Every method the consultation hub exposes, with its parameters, as the fuzz run and the matrix drive them.</summary>
public static class HubSurface
{
    /// <summary>Method name to parameter kinds, in order.</summary>
    public static IReadOnlyDictionary<string, HubParameter[]> Methods { get; } = new Dictionary<string, HubParameter[]>(StringComparer.Ordinal)
    {
        ["Watch"] = [ConsultationId, SinceVersion],
        ["WatchWall"] = [],
        ["Leave"] = [ConsultationId],
        ["RaiseHand"] = [ConsultationId, Intent],
        ["LowerHand"] = [ConsultationId],
        ["PostPoint"] = [ConsultationId, Kind, Text, Theme],
        ["Upvote"] = [ConsultationId, PointId],
        ["Vote"] = [ConsultationId, PollId, Option],
        ["Start"] = [ConsultationId],
        ["Close"] = [ConsultationId],
        ["GiveFloor"] = [ConsultationId, OptionalParticipantId],
        ["EndTurn"] = [ConsultationId],
        ["LowerAllHands"] = [ConsultationId, Reason],
        ["RemoveHand"] = [ConsultationId, ParticipantId, Reason],
        ["MoveHand"] = [ConsultationId, ParticipantId, Position],
        ["ApprovePoint"] = [ConsultationId, PointId],
        ["HidePoint"] = [ConsultationId, PointId, Reason],
        ["PinPoint"] = [ConsultationId, PointId, Flag],
        ["SetPointTheme"] = [ConsultationId, PointId, Theme],
        ["MergePoints"] = [ConsultationId, PointId, PointId],
        ["CapturePoint"] = [ConsultationId, Kind, Text, Theme, OptionalParticipantId],
        ["OpenPoll"] = [ConsultationId, Question, Options, Flag],
        ["ClosePoll"] = [ConsultationId, PollId],
        ["RemoveParticipant"] = [ConsultationId, ParticipantId, Reason],
    };

    /// <summary>The hub's callable methods as the server declares them (public, declared on the hub, not lifecycle overrides).</summary>
    public static IReadOnlyList<string> Declared() =>
    [
        .. typeof(ConsultationHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(ConsultationHub))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal),
    ];
}
