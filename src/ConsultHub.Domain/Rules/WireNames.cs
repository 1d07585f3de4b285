using System.Text.Json;
using ConsultHub.Domain.Model;

namespace ConsultHub.Domain.Rules;

/// <summary>The kebab-case names enums have on the wire and as tally keys ("civil-society", "point-of-order").</summary>
public static class WireNames
{
    /// <summary>The wire name of an enum value.</summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Tally key of a theme, "unthemed" when none.</summary>
    public static string Theme(string? theme) => theme ?? "unthemed";

    /// <summary>Tally key of a stakeholder group.</summary>
    public static string Group(StakeholderGroup group) => Of(group);
}
