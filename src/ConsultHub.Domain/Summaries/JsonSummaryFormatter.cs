using System.Text.Json;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Domain.Summaries;

/// <summary>The summary as JSON with the domain's conventions (camelCase, kebab-case enums, nulls omitted, UTC times), indented for people too.
/// Its shape is described by docs/summary.schema.json.</summary>
public sealed class JsonSummaryFormatter : ISummaryFormatter
{
    private static readonly JsonSerializerOptions Options = new(DomainJson.Options) { WriteIndented = true, NewLine = "\n" };

    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public string MediaType => "application/json";

    /// <inheritdoc/>
    public string FileExtension => "json";

    /// <inheritdoc/>
    public string Format(ConsultationSummary summary) => JsonSerializer.Serialize(summary, Options) + "\n";

    /// <inheritdoc/>
    public string Format(RegionalRollup rollup) => JsonSerializer.Serialize(rollup, Options) + "\n";
}
