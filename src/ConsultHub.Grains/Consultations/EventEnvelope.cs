using ConsultHub.Domain.Model;
using ConsultHub.Domain.Views;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The <c>event</c> message browsers receive: one per accepted change, in version order with no
/// gaps. <see cref="Tallies"/> and <see cref="Queue"/> are present when the change moved them.
/// </summary>
[GenerateSerializer, Immutable, Alias("ConsultHub.EventEnvelope")]
public sealed record EventEnvelope(string ConsultationId, long Version, string Type, DateTimeOffset At, object? Data, Tallies? Tallies, IReadOnlyList<HandView>? Queue);
