namespace ConsultHub.BaselineHost;

/// <summary>Settings of the baseline (configuration section <c>Baseline</c>).</summary>
public sealed class BaselineOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Baseline";

    /// <summary>Bytes of padding in each envelope's data, to match the hub's average event size.</summary>
    public int PaddingBytes { get; set; } = 300;
}
