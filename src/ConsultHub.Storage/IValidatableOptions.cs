namespace ConsultHub.Storage;

/// <summary>An options class that knows its own rules and names the configuration keys it breaks.</summary>
internal interface IValidatableOptions
{
    /// <summary>One message per broken rule, each naming the configuration key; empty when valid.</summary>
    IEnumerable<string> Validate();
}
