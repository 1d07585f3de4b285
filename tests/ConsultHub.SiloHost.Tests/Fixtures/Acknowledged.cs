namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>A command the hub acknowledged: its effect must be durable.</summary>
/// <param name="Sender">Who sent it (a participant's name or "moderator").</param>
/// <param name="Method">The hub method.</param>
/// <param name="Version">The version the reply named.</param>
/// <param name="PointId">The point it created, for PostPoint and CapturePoint.</param>
/// <param name="Text">The point's text, for PostPoint and CapturePoint.</param>
/// <param name="SentAt">When it was sent (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>).</param>
public sealed record Acknowledged(string Sender, string Method, long Version, string? PointId, string? Text, long SentAt);
