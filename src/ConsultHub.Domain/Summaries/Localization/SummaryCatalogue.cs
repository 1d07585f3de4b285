using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>The summary's fixed words in each of the six languages: one catalogue per language, looked up here.</summary>
public static class SummaryCatalogue
{
    /// <summary>The headings and labels of Markdown and of the printed page.</summary>
    public static SummaryLabels Labels(Language language) => language switch
    {
        Language.Ar => Arabic.Labels,
        Language.Zh => Chinese.Labels,
        Language.Fr => French.Labels,
        Language.Ru => Russian.Labels,
        Language.Es => Spanish.Labels,
        _ => English.Labels,
    };

    /// <summary>The CSV's column headers, section names and row labels, keyed by their English names (<see cref="CsvTerms.Keys"/>).</summary>
    public static IReadOnlyDictionary<string, string> Csv(Language language) => language switch
    {
        Language.Ar => Arabic.Csv,
        Language.Zh => Chinese.Csv,
        Language.Fr => French.Csv,
        Language.Ru => Russian.Csv,
        Language.Es => Spanish.Csv,
        _ => English.Csv,
    };
}
