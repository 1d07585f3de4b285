using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests.Properties;

/// <summary>A random consultation: settings to create it with, then random steps.</summary>
public sealed record Script(ConsultationSettings Settings, IReadOnlyList<Step> Steps)
{
    public override string ToString() =>
        $"{Settings.QueuePolicy}/{Settings.ModerationMode}/limit {Settings.SpeakingLimitSeconds}s/capacity {Settings.Capacity}:{Environment.NewLine}  "
        + string.Join(Environment.NewLine + "  ", Steps.Select((s, i) => $"{i + 1}. {s}"));
}
