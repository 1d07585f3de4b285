using System.Text.Json;

namespace ConsultHub.Web.Tests.Trust.Fixtures;

/// <summary>How the hub answered one raw invocation: an error text, a result, or the connection closed first.</summary>
/// <param name="Error">The completion's error, as sent on the wire.</param>
/// <param name="Result">The completion's result, when it succeeded.</param>
/// <param name="ConnectionClosed">True when the connection closed before any completion arrived.</param>
public sealed record RawCompletion(string? Error, JsonElement? Result, bool ConnectionClosed)
{
    /// <summary>The codes SPEC.md allows at the start of a hub error.</summary>
    public static readonly IReadOnlyList<string> Codes = ["forbidden", "invalid", "conflict", "rate-limited", "not-found", "unavailable"];

    /// <summary>The error's code ("invalid"), or null when the error does not start with a known code and a colon.</summary>
    public string? Code => Error is { } error && error.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && Codes.Contains(error[..colon])
        ? error[..colon]
        : null;

    /// <inheritdoc/>
    public override string ToString() => ConnectionClosed ? "(connection closed)" : Error ?? $"ok {Result}";
}
