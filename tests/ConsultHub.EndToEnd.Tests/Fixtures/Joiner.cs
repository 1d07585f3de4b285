namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>What a participant types into the join form (group and country as the select values).</summary>
public sealed record Joiner(string Name, string? Affiliation, string Group, string? Country);
