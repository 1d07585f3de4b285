using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Tests.Summaries.Localization;

/// <summary>Every fixed word of a summary exists in all six languages, and every template fills.</summary>
public sealed partial class SummaryCatalogueTests
{
    public static TheoryData<Language> Languages() => [.. Enum.GetValues<Language>()];

    private static readonly PropertyInfo[] LabelProperties = typeof(SummaryLabels).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTextLabel_ExistsAndIsNotBlank(Language language)
    {
        var labels = SummaryCatalogue.Labels(language);

        Assert.Equal(language, labels.Language);
        foreach (var property in LabelProperties.Where(p => p.PropertyType == typeof(string)))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(labels)), $"{language} has no {property.Name}.");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTemplate_FillsWithoutLeavingAPlaceholder_AndUsesOnlyTheValuesEnglishOffers(Language language)
    {
        var labels = SummaryCatalogue.Labels(language);
        var english = SummaryCatalogue.Labels(Language.En);

        foreach (var property in LabelProperties.Where(p => p.PropertyType == typeof(string)))
        {
            var template = (string)property.GetValue(labels)!;
            var offered = Placeholders((string)property.GetValue(english)!).Count == 0 ? 0 : MaxArguments(property.Name);

            var filled = SummaryLabels.Fill(template, [.. Enumerable.Range(0, offered).Select(i => (object)$"<{i}>")]);

            Assert.DoesNotMatch(PlaceholderPattern(), filled);
            Assert.All(Placeholders(template), i => Assert.True(i < offered, $"{language} {property.Name} uses {{{i}}}, which is never given."));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryCountedPhrase_HasItsGeneralForm_WithTheNumber(Language language)
    {
        var labels = SummaryCatalogue.Labels(language);

        foreach (var property in LabelProperties.Where(p => p.PropertyType == typeof(PluralForms)))
        {
            var forms = (PluralForms)property.GetValue(labels)!;
            Assert.Contains("{0}", forms.Other, StringComparison.Ordinal);
            Assert.Contains("17", forms.Format(17, language), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryKindGroupStatusAndIntent_IsNamed(Language language)
    {
        var labels = SummaryCatalogue.Labels(language);

        AssertNamesAll<PointKind>(labels.KindHeadings, language);
        AssertNamesAll<PointKind>(labels.Kinds, language);
        AssertNamesAll<StakeholderGroup>(labels.Groups, language);
        AssertNamesAll<ConsultationStatus>(labels.Statuses, language);
        AssertNamesAll<HandIntent>(labels.Intents, language);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void CsvTerms_CoverEveryKey_WithDistinctHeadersAndSections_ThatNeedNoQuoting(Language language)
    {
        var terms = SummaryCatalogue.Csv(language);

        Assert.Equal(CsvTerms.Keys.Order(StringComparer.Ordinal), terms.Keys.Order(StringComparer.Ordinal));
        Assert.All(terms.Values, v => Assert.Matches(@"^[^\s,""'=+\-@][^,""\r\n]*$", v));
        Assert.Equal(CsvTerms.Columns.Count, CsvTerms.Columns.Select(c => terms[c]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CsvTerms.Sections.Count, CsvTerms.Sections.Select(s => terms[s]).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EnglishCsvTerms_AreTheirOwnKeys_SoEnglishCsvNeverChanges()
    {
        Assert.All(SummaryCatalogue.Csv(Language.En), term => Assert.Equal(term.Key, term.Value));
    }

    [Theory]
    [InlineData(Language.Fr)]
    [InlineData(Language.Ar)]
    [InlineData(Language.Zh)]
    [InlineData(Language.Ru)]
    [InlineData(Language.Es)]
    public void OtherLanguages_TranslateTheTitleAndTheKinds(Language language)
    {
        var (labels, english) = (SummaryCatalogue.Labels(language), SummaryCatalogue.Labels(Language.En));

        Assert.NotEqual(english.Title, labels.Title);
        Assert.NotEqual(english.KindHeadings["recommendation"], labels.KindHeadings["recommendation"]);
        Assert.NotEqual(english.Groups["civil-society"], labels.Groups["civil-society"]);
    }

    private static void AssertNamesAll<TEnum>(IReadOnlyDictionary<string, string> names, Language language) where TEnum : struct, Enum
    {
        Assert.Equal(Enum.GetValues<TEnum>().Select(WireNames.Of).Order(StringComparer.Ordinal), names.Keys.Order(StringComparer.Ordinal));
        Assert.All(names.Values, v => Assert.False(string.IsNullOrWhiteSpace(v), $"{language} names a {typeof(TEnum).Name} with nothing."));
    }

    /// <summary>How many values the formatters pass to each template (SummaryLabels documents them).</summary>
    private static int MaxArguments(string label) => label switch
    {
        nameof(SummaryLabels.TotalsLine) => 9,
        nameof(SummaryLabels.PointCountsLine) => 7,
        nameof(SummaryLabels.Joined) or nameof(SummaryLabels.JoinedWithRemoved) => 3,
        _ => 1,
    };

    private static List<int> Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();
}
