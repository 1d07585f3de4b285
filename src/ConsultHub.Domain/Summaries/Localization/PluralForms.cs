using System.Globalization;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>
/// A counted phrase in the plural forms of one language, by CLDR plural category (the categories
/// <c>Intl.PluralRules</c> returns in the browser). Each form holds <c>{0}</c> where the number goes;
/// a form a language does not use is left out and <see cref="Other"/> stands in for it.
/// </summary>
/// <param name="Other">The general form; every language has it.</param>
/// <param name="Zero">Arabic: 0.</param>
/// <param name="One">English, Spanish: 1; French: 0 and 1; Russian: 1, 21, 31…; Arabic: 1.</param>
/// <param name="Two">Arabic: 2.</param>
/// <param name="Few">Russian: 2-4, 22-24…; Arabic: 3-10, 103-110…</param>
/// <param name="Many">Russian: 0, 5-20, 25-30…; Arabic: 11-99, 111-199…</param>
public sealed record PluralForms(string Other, string? Zero = null, string? One = null, string? Two = null, string? Few = null, string? Many = null)
{
    /// <summary>The phrase for <paramref name="n"/> in <paramref name="language"/>, with the number written in.</summary>
    public string Format(long n, Language language)
    {
        var form = PluralRules.Of(language, n) switch
        {
            PluralCategory.Zero => Zero,
            PluralCategory.One => One,
            PluralCategory.Two => Two,
            PluralCategory.Few => Few,
            PluralCategory.Many => Many,
            _ => null,
        } ?? Other;
        return string.Format(CultureInfo.InvariantCulture, form, n.ToString(CultureInfo.InvariantCulture));
    }
}
