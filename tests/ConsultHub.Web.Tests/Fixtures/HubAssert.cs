using ConsultHub.Testing.Client;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Tests.Fixtures;

/// <summary>Assertions on hub replies and refusals.</summary>
public static class HubAssert
{
    /// <summary>Asserts the call is refused with <paramref name="code"/>; returns the coded message.</summary>
    public static async Task<string> RefusedAsync(string code, HubClient client, string method, params object?[] args)
    {
        HubException? refusal = null;
        try
        {
            var reply = await client.SendAsync(method, args);
            Assert.Fail($"{method} was accepted at version {reply.Version}; expected '{code}'.");
        }
        catch (HubException ex)
        {
            refusal = ex;
        }
        var coded = HubErrors.CodedMessage(refusal!);
        Assert.True(coded.StartsWith(code + ": ", StringComparison.Ordinal), $"{method}: expected '{code}: …', got '{coded}'.");
        return coded;
    }

    /// <summary>Asserts Watch is refused with <paramref name="code"/>.</summary>
    public static async Task WatchRefusedAsync(string code, HubClient client, string consultationId, long? sinceVersion = null)
    {
        var refusal = await Assert.ThrowsAsync<HubException>(() => client.WatchAsync(consultationId, sinceVersion));
        var coded = HubErrors.CodedMessage(refusal);
        Assert.True(coded.StartsWith(code + ": ", StringComparison.Ordinal), $"Watch: expected '{code}: …', got '{coded}'.");
    }

    /// <summary>Asserts the call is accepted past <paramref name="after"/>; returns the reply.</summary>
    public static async Task<HubReply> AcceptedAsync(long after, HubClient client, string method, params object?[] args)
    {
        HubReply reply;
        try
        {
            reply = await client.SendAsync(method, args);
        }
        catch (HubException ex)
        {
            Assert.Fail($"{method} was refused: {HubErrors.CodedMessage(ex)}");
            throw;
        }
        Assert.True(reply.Version > after, $"{method} replied version {reply.Version}, not past {after}.");
        return reply;
    }
}
