using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Consecutive envelopes of one audience that go to each of its connections as one SignalR frame:
/// one <c>event</c> invocation for a single envelope (the contract's common case, a byte shorter),
/// one <c>events</c> invocation carrying them in version order otherwise. The frame is made once per
/// audience and hub protocol and its bytes written to every connection of that audience.
/// </summary>
public sealed class EnvelopeFrame
{
    private EnvelopeFrame(IReadOnlyList<SerializedEnvelope> envelopes, SerializedHubMessage message)
    {
        Envelopes = envelopes;
        Message = message;
    }

    /// <summary>The envelopes in version order.</summary>
    public IReadOnlyList<SerializedEnvelope> Envelopes { get; }

    /// <summary>The invocation, serialized lazily once per hub protocol.</summary>
    public SerializedHubMessage Message { get; }

    /// <summary>A frame of one envelope (the <c>event</c> message).</summary>
    public static EnvelopeFrame Of(SerializedEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return new([envelope], envelope.Message);
    }

    /// <summary>A frame of envelopes in version order (one <c>event</c>, or one <c>events</c> for several).</summary>
    public static EnvelopeFrame Of(IReadOnlyList<SerializedEnvelope> envelopes)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        if (envelopes.Count == 0)
        {
            throw new ArgumentException("A frame carries at least one envelope.", nameof(envelopes));
        }
        if (envelopes.Count == 1)
        {
            return Of(envelopes[0]);
        }
        SerializedEnvelope[] copy = [.. envelopes];
        return new(copy, new SerializedHubMessage(new InvocationMessage(nameof(IConsultationClient.Events), [copy])));
    }
}
