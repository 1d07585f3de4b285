namespace ConsultHub.Grains.Runtime;

/// <summary>
/// A grain call was refused because it would wait for a turn that is itself waiting for this
/// call: a grain calling itself, or a chain of calls coming back to a grain whose turn is still
/// running. Turns are not reentrant, so such a call could never complete.
/// </summary>
public sealed class DeadlockException : InvalidOperationException
{
    /// <summary>Creates the exception with the default message.</summary>
    public DeadlockException()
        : base("The call would deadlock: the target grain's current turn is waiting for it.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public DeadlockException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public DeadlockException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
