using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>
/// CLDR's cardinal plural rules for whole numbers, the same the browser's <c>Intl.PluralRules</c>
/// applies, so the server's documents and the printed page agree. French and Spanish "many"
/// (exact millions in compact notation) never arises for the counts a summary holds.
/// </summary>
public static class PluralRules
{
    /// <summary>The category of <paramref name="n"/> in <paramref name="language"/>.</summary>
    public static PluralCategory Of(Language language, long n)
    {
        n = Math.Abs(n);
        var (mod10, mod100) = (n % 10, n % 100);
        return language switch
        {
            Language.En or Language.Es => n == 1 ? PluralCategory.One : PluralCategory.Other,
            Language.Fr => n is 0 or 1 ? PluralCategory.One : PluralCategory.Other,
            Language.Ru => mod10 == 1 && mod100 != 11 ? PluralCategory.One
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            Language.Ar => n switch
            {
                0 => PluralCategory.Zero,
                1 => PluralCategory.One,
                2 => PluralCategory.Two,
                _ when mod100 is >= 3 and <= 10 => PluralCategory.Few,
                _ when mod100 is >= 11 and <= 99 => PluralCategory.Many,
                _ => PluralCategory.Other,
            },
            _ => PluralCategory.Other,
        };
    }
}
