namespace ConsultHub.Web.Tests.Trust.Fuzz;

/// <summary>One malformed hub call: a whole SignalR message (without the separator) and what it tries.</summary>
/// <param name="Message">The message sent as is.</param>
/// <param name="InvocationId">The invocation id the completion will carry; null for frames the hub cannot answer.</param>
/// <param name="Description">What is wrong with it, for failure reports.</param>
/// <param name="ClosesConnection">True when the hub must close the connection instead of answering (oversized or unparsable frames).</param>
public sealed record HubInput(string Message, string? InvocationId, string Description, bool ClosesConnection);
