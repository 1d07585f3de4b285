using System.Text.Json;
using ConsultHub.Domain.Serialization;

namespace ConsultHub.Domain.Tests.Builders;

/// <summary>Compares domain values structurally: immutable collections and records serialize to the same JSON when equal.</summary>
public static class StateJson
{
    public static string Of<T>(T value) => JsonSerializer.Serialize(value, DomainJson.Options);
}
