using System.Diagnostics;
using CsCheck;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Serialization;
using Xunit.Abstractions;

namespace ConsultHub.Domain.Tests.Properties;

public sealed class CommandSequenceProperties(ITestOutputHelper output)
{
    private const int Sequences = 1_000, MinSteps = 100, MaxSteps = 120;

    [Fact]
    public void RandomCommandSequences_NeverBreakTheInvariants()
    {
        var stats = new RunStatistics();
        var clock = Stopwatch.StartNew();

        ScriptGenerators.Script(MinSteps, MaxSteps).Sample(script => SequenceRunner.Run(script, stats), iter: Sequences, print: s => s.ToString());

        output.WriteLine($"{stats} in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Equal(Sequences, stats.Sequences);
        Assert.True(stats.Commands >= 100_000, $"Only {stats.Commands} random commands ran.");
        Assert.All(EventTypeNames.All, type => Assert.True(stats.EventTypes.ContainsKey(type), $"No {type} event was ever accepted: {stats}"));
        Assert.All(Enum.GetValues<RejectionCode>(), code => Assert.True(stats.Rejections.ContainsKey(code), $"No {code} rejection: {stats}"));
        Assert.InRange((double)stats.Accepted / stats.Commands, 0.1, 0.9);
    }
}
