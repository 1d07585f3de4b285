namespace ConsultHub.LoadGenerator.SignalR;

/// <summary>A completion: the reply's <c>version</c> and <c>id</c>, or the coded error.</summary>
public readonly record struct HubReply(long Version, string? Id, string? Error)
{
    /// <summary>The refusal code ("conflict"), or null when accepted.</summary>
    public string? Code => Error is null ? null : Error.IndexOf(':') is var at and > 0 ? Error[..at] : Error;
}
