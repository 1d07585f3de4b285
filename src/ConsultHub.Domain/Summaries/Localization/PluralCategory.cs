namespace ConsultHub.Domain.Summaries.Localization;

/// <summary>The CLDR plural categories a count falls in (see <see cref="PluralRules"/>).</summary>
public enum PluralCategory
{
    /// <summary>The general form.</summary>
    Other,

    /// <summary>Arabic 0.</summary>
    Zero,

    /// <summary>The singular.</summary>
    One,

    /// <summary>Arabic dual.</summary>
    Two,

    /// <summary>Russian and Arabic paucal.</summary>
    Few,

    /// <summary>Russian and Arabic "many".</summary>
    Many,
}
