namespace ConsultHub.Domain.Summaries;

/// <summary>Writes summaries and roll-ups in one format. Output depends only on the input: no clock, no culture.</summary>
public interface ISummaryFormatter
{
    /// <summary>The format's name in <c>?format=</c>.</summary>
    string Name { get; }

    /// <summary>The media type of the output, without parameters ("text/csv").</summary>
    string MediaType { get; }

    /// <summary>The file extension, without the dot.</summary>
    string FileExtension { get; }

    /// <summary>Writes one consultation's summary.</summary>
    string Format(ConsultationSummary summary);

    /// <summary>Writes a roll-up of several summaries.</summary>
    string Format(RegionalRollup rollup);
}
