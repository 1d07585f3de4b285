using ConsultHub.LoadGenerator.SignalR;

namespace ConsultHub.LoadGenerator.Load;

/// <summary>A command the script chose: who sends it, the hub method, its arguments and what to remember once answered.</summary>
public sealed record PlannedCommand(Member Sender, string Method, object?[] Arguments, Action<HubReply>? Answered = null);
