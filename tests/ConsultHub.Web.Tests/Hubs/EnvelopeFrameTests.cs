using System.Text.Json;
using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Consultations;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>A frame is one SignalR message: <c>event</c> for one envelope, <c>events</c> with all of them in order otherwise.</summary>
public sealed class EnvelopeFrameTests
{
    private static readonly IHubProtocol Json = new JsonHubProtocol(Options.Create(Configured()));

    [Fact]
    public void AFrameOfOneEnvelope_IsTheEventMessage_WithTheEnvelopeAsItsArgument()
    {
        var frame = EnvelopeFrame.Of([Envelope(4)]);

        using var message = Written(frame);

        Assert.Equal("Event", message.RootElement.GetProperty("target").GetString());
        Assert.Equal(4, message.RootElement.GetProperty("arguments")[0].GetProperty("version").GetInt64());
    }

    [Fact]
    public void AFrameOfSeveralEnvelopes_IsOneEventsMessage_CarryingThemInVersionOrder()
    {
        var frame = EnvelopeFrame.Of([Envelope(4), Envelope(5), Envelope(6)]);

        using var message = Written(frame);

        Assert.Equal("Events", message.RootElement.GetProperty("target").GetString());
        var envelopes = message.RootElement.GetProperty("arguments")[0].EnumerateArray().ToList();
        Assert.Equal([4L, 5L, 6L], envelopes.Select(e => e.GetProperty("version").GetInt64()));
        Assert.All(envelopes, e => Assert.Equal("c-1", e.GetProperty("consultationId").GetString()));
    }

    [Fact]
    public void AFrame_IsSerializedOncePerProtocol_AndTheSameBytesServeEveryConnection()
    {
        var frame = EnvelopeFrame.Of([Envelope(1), Envelope(2)]);

        var first = frame.Message.GetSerializedMessage(Json);
        var second = frame.Message.GetSerializedMessage(Json);

        Assert.True(first.Equals(second), "The second connection's bytes should be the cached ones.");
    }

    [Fact]
    public void AFrameOfNoEnvelopes_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => EnvelopeFrame.Of(Array.Empty<SerializedEnvelope>()));
    }

    private static JsonDocument Written(EnvelopeFrame frame)
    {
        var bytes = frame.Message.GetSerializedMessage(Json);
        return JsonDocument.Parse(bytes[..^1]);
    }

    private static JsonHubProtocolOptions Configured()
    {
        var options = new JsonHubProtocolOptions();
        DomainJson.Configure(options.PayloadSerializerOptions);
        return options;
    }

    private static SerializedEnvelope Envelope(long version) =>
        SerializedEnvelope.Of(new EventEnvelope("c-1", version, "hand-lowered", DateTimeOffset.UnixEpoch, null, null, null));
}
