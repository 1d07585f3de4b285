using ConsultHub.Grains.Consultations;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>Assertions on grain replies that print the refusal when one was not expected.</summary>
public static class OutcomeAssertions
{
    public static CommandOutcome ShouldBeAccepted(this CommandOutcome outcome)
    {
        Assert.True(outcome.Accepted, $"Expected the command to be accepted, but it was refused: {outcome}");
        return outcome;
    }

    public static CommandOutcome ShouldBeRefused(this CommandOutcome outcome, string code)
    {
        Assert.False(outcome.Accepted, $"Expected a '{code}' refusal, but the command was accepted at version {outcome.Version}.");
        Assert.Equal(code, outcome.Code);
        return outcome;
    }

    public static async Task<CommandOutcome> ShouldBeAcceptedAsync(this Task<CommandOutcome> outcome) => (await outcome).ShouldBeAccepted();

    public static async Task<CommandOutcome> ShouldBeRefusedAsync(this Task<CommandOutcome> outcome, string code) => (await outcome).ShouldBeRefused(code);
}
