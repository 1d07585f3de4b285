using System.Text.Json;

namespace ConsultHub.Testing.Client;

/// <summary>An <c>event</c> message as the browser contract describes it; payloads stay raw JSON.</summary>
/// <param name="ConsultationId">The consultation.</param>
/// <param name="Version">The version this change reached.</param>
/// <param name="Type">The event type, or <c>private</c> when the audience may not see it.</param>
/// <param name="At">When the change was accepted.</param>
/// <param name="Data">The payload, shaped for the audience (absent for <c>private</c>).</param>
/// <param name="Tallies">The whole tallies, when the change moved one.</param>
/// <param name="Queue">The server-ordered queue, when the change moved it.</param>
public sealed record HubEvent(string ConsultationId, long Version, string Type, DateTimeOffset At, JsonElement? Data, JsonElement? Tallies, JsonElement? Queue);
