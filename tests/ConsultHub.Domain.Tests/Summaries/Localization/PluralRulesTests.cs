using ConsultHub.Domain.Model;
using ConsultHub.Domain.Summaries.Localization;

namespace ConsultHub.Domain.Tests.Summaries.Localization;

/// <summary>The CLDR rules the browser's Intl.PluralRules applies, for whole numbers.</summary>
public sealed class PluralRulesTests
{
    [Theory]
    [InlineData(Language.En, 0, PluralCategory.Other)]
    [InlineData(Language.En, 1, PluralCategory.One)]
    [InlineData(Language.En, 2, PluralCategory.Other)]
    [InlineData(Language.Es, 1, PluralCategory.One)]
    [InlineData(Language.Es, 0, PluralCategory.Other)]
    [InlineData(Language.Fr, 0, PluralCategory.One)]
    [InlineData(Language.Fr, 1, PluralCategory.One)]
    [InlineData(Language.Fr, 2, PluralCategory.Other)]
    [InlineData(Language.Ru, 1, PluralCategory.One)]
    [InlineData(Language.Ru, 21, PluralCategory.One)]
    [InlineData(Language.Ru, 11, PluralCategory.Many)]
    [InlineData(Language.Ru, 2, PluralCategory.Few)]
    [InlineData(Language.Ru, 24, PluralCategory.Few)]
    [InlineData(Language.Ru, 12, PluralCategory.Many)]
    [InlineData(Language.Ru, 5, PluralCategory.Many)]
    [InlineData(Language.Ru, 0, PluralCategory.Many)]
    [InlineData(Language.Ar, 0, PluralCategory.Zero)]
    [InlineData(Language.Ar, 1, PluralCategory.One)]
    [InlineData(Language.Ar, 2, PluralCategory.Two)]
    [InlineData(Language.Ar, 3, PluralCategory.Few)]
    [InlineData(Language.Ar, 110, PluralCategory.Few)]
    [InlineData(Language.Ar, 11, PluralCategory.Many)]
    [InlineData(Language.Ar, 99, PluralCategory.Many)]
    [InlineData(Language.Ar, 100, PluralCategory.Other)]
    [InlineData(Language.Ar, 102, PluralCategory.Other)]
    [InlineData(Language.Zh, 1, PluralCategory.Other)]
    public void Of_AWholeNumber_IsItsCldrCategory(Language language, long n, PluralCategory expected)
    {
        Assert.Equal(expected, PluralRules.Of(language, n));
    }

    [Fact]
    public void Format_UsesTheCategorysForm_AndFallsBackToOther()
    {
        var votes = SummaryCatalogue.Labels(Language.Ru).VoteCount;

        Assert.Equal("1 голос", votes.Format(1, Language.Ru));
        Assert.Equal("3 голоса", votes.Format(3, Language.Ru));
        Assert.Equal("5 голосов", votes.Format(5, Language.Ru));
        Assert.Equal("{0}!", new PluralForms("{0}!").Format(2, Language.Ar).Replace("2", "{0}", StringComparison.Ordinal));
    }
}
