using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultHub.Domain.Serialization;
using ConsultHub.Grains.Consultations;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// An event envelope serialized once for its audience; every connection of that audience writes
/// the same bytes, so an event costs one serialization per audience, not one per connection.
/// </summary>
[JsonConverter(typeof(SerializedEnvelopeConverter))]
public sealed class SerializedEnvelope
{
    private byte[]? _messagePack;

    private SerializedEnvelope(long version, byte[] utf8Json)
    {
        Version = version;
        Utf8Json = utf8Json;
        Message = new SerializedHubMessage(new InvocationMessage(nameof(IConsultationClient.Event), [this]));
    }

    /// <summary>
    /// When the envelope was made (<see cref="System.Diagnostics.Stopwatch"/> timestamp): the notifier
    /// serializes an event as soon as the grain publishes it after its commit, so fan-out latency starts here.
    /// </summary>
    public long PublishedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>The event's version.</summary>
    public long Version { get; }

    /// <summary>The envelope as UTF-8 JSON with the hub's conventions.</summary>
    public byte[] Utf8Json { get; }

    /// <summary>The envelope in MessagePack (the same tree as the JSON), made on first use by a MessagePack connection.</summary>
    public byte[] MessagePack => _messagePack ??= JsonToMessagePack.Transcode(Utf8Json);

    /// <summary>
    /// The whole <c>event</c> invocation, framed once per hub protocol on first use and then
    /// written as the same bytes to every connection of the audience.
    /// </summary>
    public SerializedHubMessage Message { get; }

    /// <summary>Serializes an envelope.</summary>
    public static SerializedEnvelope Of(EventEnvelope envelope) =>
        new(envelope.Version, JsonSerializer.SerializeToUtf8Bytes(envelope, DomainJson.Options));
}
