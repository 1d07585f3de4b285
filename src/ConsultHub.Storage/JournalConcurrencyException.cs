namespace ConsultHub.Storage;

/// <summary>Thrown when an append's expected version does not match the stream's version.</summary>
public sealed class JournalConcurrencyException(string streamId, long expectedVersion, long? actualVersion)
    : Exception($"Stream '{streamId}' expected version {expectedVersion} but is at {(actualVersion?.ToString() ?? "a later version")}.")
{
    /// <summary>The stream whose append was refused.</summary>
    public string StreamId { get; } = streamId;

    /// <summary>The version the caller expected.</summary>
    public long ExpectedVersion { get; } = expectedVersion;

    /// <summary>The stream's version when known.</summary>
    public long? ActualVersion { get; } = actualVersion;
}
