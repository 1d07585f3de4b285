using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Tests.Builders;
using ConsultHub.Domain.Views;

namespace ConsultHub.Domain.Tests.Views;

/// <summary>Projects an arrangement's events for an audience, each with the states around it.</summary>
public static class Projections
{
    /// <summary>Every event of <paramref name="b"/> as <paramref name="audience"/> receives it, in version order.</summary>
    public static IReadOnlyList<ProjectedEvent> Of(ConsultationBuilder b, Audience audience) => Of(b.State.Id, b.Events, audience);

    public static IReadOnlyList<ProjectedEvent> Of(string id, IEnumerable<ConsultationEvent> events, Audience audience)
    {
        var projected = new List<ProjectedEvent>();
        var state = ConsultationState.Empty(id);
        foreach (var e in events)
        {
            var after = Consultation.Apply(state, e);
            projected.Add(EventProjector.Project(e, state, after, audience));
            state = after;
        }
        return projected;
    }

    /// <summary>The last event of <paramref name="b"/> as <paramref name="audience"/> receives it.</summary>
    public static ProjectedEvent Last(ConsultationBuilder b, Audience audience) => Of(b, audience)[^1];
}
