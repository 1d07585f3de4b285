using System.Text;
using System.Text.Json;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Domain.Tests.Builders;

/// <summary>Compares domain values structurally: immutable collections and records serialize to the same JSON when equal.</summary>
public static class StateJson
{
    public static string Of<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);

    /// <summary>The same JSON as UTF-8, for comparisons run many thousands of times.</summary>
    public static byte[] Utf8Of<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, DomainJson.Options);

    public static void AssertSame(byte[] expected, byte[] actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
            Assert.Fail($"{what}: the JSON differs.");
        }
    }
}
