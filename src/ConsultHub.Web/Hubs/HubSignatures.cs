using System.Reflection;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// The parameters of each <see cref="ConsultationHub"/> method as a client sees them: wire names
/// and JSON kinds ("id (string), intent (string)"), so a call that does not bind can be told what
/// to send without naming a .NET type.
/// </summary>
public static class HubSignatures
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<string, string> Signatures = typeof(ConsultationHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName)
        .GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => Describe(g.First()), StringComparer.OrdinalIgnoreCase);

    /// <summary>"id (string), intent (string)" for RaiseHand; null for a name the hub does not have.</summary>
    public static string? Of(string method) => Signatures.GetValueOrDefault(method);

    private static string Describe(MethodInfo method) =>
        method.GetParameters().Length == 0 ? "none" : string.Join(", ", method.GetParameters().Select(p => $"{p.Name} ({Kind(p)})"));

    private static string Kind(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        var kind = type switch
        {
            _ when type == typeof(string) => "string",
            _ when type == typeof(int) || type == typeof(long) => "whole number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(string[]) => "array of strings",
            _ => "JSON value",
        };
        return Nullability.Create(parameter).WriteState == NullabilityState.Nullable ? $"{kind} or null" : kind;
    }
}
