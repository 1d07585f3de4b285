namespace ConsultHub.Web.Hubs;

/// <summary>The reply to an accepted hub command: the version it reached and the id it created, if any.</summary>
public sealed record CommandReply(long Version, string? Id);
