namespace ConsultHub.FrontDoor;

/// <summary>The silos the front door spreads browsers over (configuration section <c>FrontDoor</c>).</summary>
public sealed class FrontDoorOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "FrontDoor";

    /// <summary>The silos' base addresses, comma-separated (<c>FrontDoor:Silos</c>), e.g. <c>http://127.0.0.1:5101,http://127.0.0.1:5102</c>.</summary>
    public string Silos { get; set; } = "";

    /// <summary>The parsed silo addresses; throws naming the key when one is not an absolute http(s) address or none is given.</summary>
    public IReadOnlyList<Uri> SiloAddresses()
    {
        var parts = Silos.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new InvalidOperationException($"{Section}:{nameof(Silos)} must list at least one silo address.");
        }
        return parts.Select(part => Uri.TryCreate(part, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new InvalidOperationException($"{Section}:{nameof(Silos)} has '{part}', which is not an absolute http(s) address.")).ToList();
    }
}
