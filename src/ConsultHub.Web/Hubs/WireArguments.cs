using System.Text.Json;
using System.Text.RegularExpressions;
using ConsultHub.Domain.Serialization;
using Microsoft.AspNetCore.SignalR;

namespace ConsultHub.Web.Hubs;

/// <summary>Parses hub arguments that arrive as strings, refusing bad ones with an <c>invalid:</c> hub error.</summary>
public static partial class WireArguments
{
    /// <summary>Consultation, point, poll and participant ids: 1..64 of [A-Za-z0-9_-].</summary>
    public static string Id(string? value, string name) =>
        value is not null && IdPattern().IsMatch(value) ? value : throw Invalid($"{name} is not a valid id.");

    /// <summary>An optional id: null stays null.</summary>
    public static string? OptionalId(string? value, string name) => value is null ? null : Id(value, name);

    /// <summary>A kebab-case enum value such as "point-of-order".</summary>
    public static TEnum Enum<TEnum>(string? value, string name) where TEnum : struct, Enum
    {
        try
        {
            return JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(value ?? ""), DomainJson.Options);
        }
        catch (JsonException)
        {
            var allowed = string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
            throw Invalid($"{name} must be one of: {allowed}.");
        }
    }

    /// <summary>A hub error with the <c>invalid</c> code.</summary>
    public static HubException Invalid(string message) => new($"invalid: {message}");

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
