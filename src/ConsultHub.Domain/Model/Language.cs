namespace ConsultHub.Domain.Model;

/// <summary>
/// The six official languages of the United Nations, in which a consultation runs. On the wire
/// they are the lowercase ISO 639-1 codes: ar, zh, en, fr, ru, es.
/// </summary>
public enum Language
{
    /// <summary>Arabic, written right to left.</summary>
    Ar,

    /// <summary>Chinese (simplified).</summary>
    Zh,

    /// <summary>English, the default.</summary>
    En,

    /// <summary>French.</summary>
    Fr,

    /// <summary>Russian.</summary>
    Ru,

    /// <summary>Spanish.</summary>
    Es,
}
