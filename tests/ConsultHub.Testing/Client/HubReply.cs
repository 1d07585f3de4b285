namespace ConsultHub.Testing.Client;

/// <summary>The reply to an accepted hub command.</summary>
/// <param name="Version">The version the command reached; durable when the reply arrives.</param>
/// <param name="Id">The id the command created (point, poll, turn), if any.</param>
public sealed record HubReply(long Version, string? Id);
