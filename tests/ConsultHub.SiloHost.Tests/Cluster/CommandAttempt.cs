namespace ConsultHub.SiloHost.Tests.Cluster;

/// <summary>One command of a cluster drill and what it came to, timed with <see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>.</summary>
/// <param name="Outcome">"ok", a refusal code, or "cut" (the connection went away under it).</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="AnsweredAt">When its answer (or the loss of its connection) arrived.</param>
public sealed record CommandAttempt(string Outcome, long SentAt, long AnsweredAt);
