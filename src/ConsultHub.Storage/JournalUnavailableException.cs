namespace ConsultHub.Storage;

/// <summary>Thrown when the journal's store cannot be reached; nothing of the call was written.</summary>
public sealed class JournalUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
