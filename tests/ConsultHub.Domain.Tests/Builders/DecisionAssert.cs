using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Tests.Builders;

/// <summary>Assertions about a <see cref="Decision"/> that read as the rule they check.</summary>
public static class DecisionAssert
{
    /// <summary>Refused with <paramref name="code"/>, a message, and no events.</summary>
    public static Rejection Rejected(Decision decision, RejectionCode code)
    {
        Assert.False(decision.IsAccepted, $"Expected a {code} rejection, but the command was accepted with {string.Join(", ", decision.Events.Select(e => e.GetType().Name))}.");
        Assert.Empty(decision.Events);
        var rejection = decision.Rejection!;
        Assert.Equal(code, rejection.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejection.Message));
        return rejection;
    }

    /// <summary>Accepted with at least one event.</summary>
    public static IReadOnlyList<ConsultationEvent> Accepted(Decision decision)
    {
        Assert.True(decision.IsAccepted, $"Expected acceptance, got {decision.Rejection}.");
        Assert.NotEmpty(decision.Events);
        return decision.Events;
    }

    /// <summary>Accepted with exactly one event, of type <typeparamref name="TEvent"/>.</summary>
    public static TEvent Single<TEvent>(Decision decision) where TEvent : ConsultationEvent =>
        Assert.IsType<TEvent>(Assert.Single(Accepted(decision)));
}
