namespace ConsultHub.Grains.Runtime;

/// <summary>A grain call was refused because the runtime is stopping or has stopped.</summary>
public sealed class GrainRuntimeStoppedException : InvalidOperationException
{
    /// <summary>Creates the exception with the default message.</summary>
    public GrainRuntimeStoppedException()
        : base("The grain runtime is stopping or has stopped; grain calls are no longer accepted.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public GrainRuntimeStoppedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public GrainRuntimeStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
