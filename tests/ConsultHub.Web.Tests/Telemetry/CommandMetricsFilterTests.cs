using ConsultHub.Web.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Tests.Telemetry;

/// <summary>The refusal code a command is counted under: the one its caller receives, from a closed set.</summary>
public sealed class CommandMetricsFilterTests
{
    [Theory]
    [InlineData("forbidden: moderators only.", "forbidden")]
    [InlineData("conflict: already in the queue.", "conflict")]
    [InlineData("rate-limited: slow down.", "rate-limited")]
    [InlineData("not-found: no such point.", "not-found")]
    public void CodeOf_ACodedHubError_IsItsCode(string message, string code) =>
        Assert.Equal(code, CommandMetricsFilter.CodeOf(new HubException(message)));

    [Theory]
    [InlineData("something broke")]
    [InlineData("teapot: short and stout")]
    public void CodeOf_AnUncodedHubError_IsUnavailable_SoTheTagStaysInTheClosedSet(string message) =>
        Assert.Equal("unavailable", CommandMetricsFilter.CodeOf(new HubException(message)));

    [Fact]
    public void CodeOf_AnyOtherException_IsUnavailable() =>
        Assert.Equal("unavailable", CommandMetricsFilter.CodeOf(new InvalidOperationException("forbidden: not a hub error")));
}
