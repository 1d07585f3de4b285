using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ConsultHub.Web.Api;

/// <summary>
/// Turns System.Text.Json's binding failures into messages that name the field by its wire name
/// and say what it takes in the API's own terms ("stakeholderGroup must be one of: civil-society,
/// …"). The serializer's own text names .NET types, which mean nothing to a client and are not
/// its business, so none of it is passed on.
/// </summary>
public static partial class JsonFieldErrors
{
    /// <summary>The message for <paramref name="exception"/>, thrown while reading a <paramref name="body"/>.</summary>
    public static string Describe(JsonException exception, Type body)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(body);
        if (UnknownMember().Match(exception.Message) is { Success: true } unknown)
        {
            return $"{unknown.Groups["name"].Value} is not a field of this body; the fields are: {string.Join(", ", Fields(body).Select(f => f.Name))}.";
        }
        var field = FieldOf(exception.Path);
        if (field is null)
        {
            return exception.LineNumber is { } line && exception.BytePositionInLine is { } position && !exception.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"The body is not valid JSON (line {line + 1}, position {position + 1})."
                : "The body must be a JSON object.";
        }
        var type = Fields(body).FirstOrDefault(f => f.Name == field).Type;
        return type is null ? $"{field} is not valid." : $"{field} must be {Expectation(type)}.";
    }

    /// <summary>What a client must send for a field of <paramref name="type"/>, in JSON terms.</summary>
    public static string Expectation(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return $"one of: {string.Join(", ", Enum.GetValues(type).Cast<Enum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())))}";
        }
        return type switch
        {
            _ when type == typeof(string) => "a string",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => "a date and time as an ISO 8601 string, such as 2025-03-10T09:00:00Z",
            _ when type != typeof(string) && type.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "an array of strings",
            _ => "a JSON value of another kind",
        };
    }

    /// <summary>"$.themes[2]" and "$['title']" name "themes" and "title"; the root names nothing.</summary>
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }
        var match = PathHead().Match(path);
        return match.Success ? match.Groups["dotted"].Success ? match.Groups["dotted"].Value : match.Groups["quoted"].Value : null;
    }

    /// <summary>The body's settable members as the wire names them.</summary>
    private static IEnumerable<(string Name, Type Type)> Fields(Type body) =>
        body.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => (JsonNamingPolicy.CamelCase.ConvertName(p.Name), p.PropertyType));

    [GeneratedRegex(@"^\$(?:\.(?<dotted>[A-Za-z0-9_]+)|\['(?<quoted>[^']*)'\])")]
    private static partial Regex PathHead();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownMember();
}
