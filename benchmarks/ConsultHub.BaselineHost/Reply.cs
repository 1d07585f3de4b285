namespace ConsultHub.BaselineHost;

/// <summary>The hub's CommandReply shape.</summary>
public sealed record Reply(long Version, string? Id);
