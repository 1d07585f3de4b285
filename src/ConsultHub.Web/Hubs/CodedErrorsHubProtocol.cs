using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// A hub protocol (JSON or MessagePack) with one change: completion errors start with their code, as SPEC.md
/// promises ("forbidden: …"). SignalR itself prefixes a hub error with "An unexpected error
/// occurred invoking 'X' on the server. HubException: " and reports argument-binding failures
/// without any code; both are rewritten here, on the way out. A binding failure names the
/// method's parameters and what each takes in JSON terms, never a .NET type.
/// </summary>
public sealed partial class CodedErrorsHubProtocol(IHubProtocol inner) : IHubProtocol
{
    /// <inheritdoc/>
    public string Name => inner.Name;

    /// <inheritdoc/>
    public int Version => inner.Version;

    /// <inheritdoc/>
    public TransferFormat TransferFormat => inner.TransferFormat;

    /// <inheritdoc/>
    public bool IsVersionSupported(int version) => inner.IsVersionSupported(version);

    /// <inheritdoc/>
    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        inner.TryParseMessage(ref input, binder, out message);

    /// <inheritdoc/>
    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => inner.WriteMessage(Rewrite(message), output);

    /// <inheritdoc/>
    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => inner.GetMessageBytes(Rewrite(message));

    /// <summary>The coded form of a SignalR error text.</summary>
    public static string Coded(string error)
    {
        if (HubError().Match(error) is { Success: true } hub)
        {
            // The hub's own errors carry their code; SignalR's (a client stream where none is
            // expected) are about a malformed invocation.
            var message = hub.Groups["message"].Value;
            return HasCode(message) ? message : $"invalid: {message}";
        }
        if (StreamingMismatch().Match(error) is { Success: true } streaming)
        {
            return $"invalid: '{streaming.Groups["method"].Value}' is not a streaming method; invoke it as a plain invocation.";
        }
        if (MissingMethod().Match(error) is { Success: true } missing)
        {
            return $"not-found: the hub has no method '{missing.Groups["method"].Value}' taking these arguments.";
        }
        if (BindingFailure().Match(error) is { Success: true } binding)
        {
            var method = binding.Groups["method"].Value;
            return HubSignatures.Of(method) is { } parameters
                ? $"invalid: the arguments of '{method}' do not match its parameters: {parameters}."
                : $"invalid: the arguments of '{method}' do not match its parameters (count or types).";
        }
        return HasCode(error) ? error : $"unavailable: {error}";
    }

    private static bool HasCode(string error) =>
        error.Contains(':') && error.Split(':')[0] is "forbidden" or "invalid" or "conflict" or "rate-limited" or "not-found" or "unavailable";

    private static HubMessage Rewrite(HubMessage message) =>
        message is CompletionMessage { Error: { } error } completion
            ? CompletionMessage.WithError(completion.InvocationId!, Coded(error))
            : message;

    [GeneratedRegex(@"^An unexpected error occurred invoking '[^']*' on the server\. HubException: (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex HubError();

    [GeneratedRegex(@"^Failed to invoke '(?<method>[^']*)' due to an error on the server\. HubException: Method does not exist\.", RegexOptions.Singleline)]
    private static partial Regex MissingMethod();

    [GeneratedRegex(@"^Failed to invoke '(?<method>[^']*)' due to an error on the server\.", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"^The client attempted to invoke the (non-)?streaming '(?<method>[^']*)' method with a (non-)?streaming invocation\.$", RegexOptions.Singleline)]
    private static partial Regex StreamingMismatch();
}
