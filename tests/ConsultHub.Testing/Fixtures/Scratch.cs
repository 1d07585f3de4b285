namespace ConsultHub.Testing.Fixtures;

/// <summary>A temporary folder for one test's databases and Azurite data, deleted at the end.</summary>
public sealed class Scratch : IDisposable
{
    /// <summary>Creates a fresh folder named after <paramref name="purpose"/>.</summary>
    public Scratch(string purpose) => Path = Directory.CreateTempSubdirectory($"consulthub-{purpose}-").FullName;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
