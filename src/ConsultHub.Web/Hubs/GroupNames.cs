using ConsultHub.Domain.Views;

namespace ConsultHub.Web.Hubs;

/// <summary>One SignalR group per consultation and audience: each event is serialized once per audience.</summary>
public static class GroupNames
{
    /// <summary>The group of an audience of a consultation.</summary>
    public static string For(string consultationId, Audience audience) => $"{consultationId}:{audience}";
}
