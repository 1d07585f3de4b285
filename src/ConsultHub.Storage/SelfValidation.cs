using Microsoft.Extensions.Options;

namespace ConsultHub.Storage;

/// <summary>Bridges <see cref="IValidatableOptions"/> into the options pipeline so ValidateOnStart reports its messages.</summary>
internal sealed class SelfValidation<TOptions> : IValidateOptions<TOptions>
    where TOptions : class, IValidatableOptions
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = options.Validate().ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a journal is built directly with invalid options.</summary>
    public static void ThrowIfInvalid(TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Validate().ToList();
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }
    }
}
