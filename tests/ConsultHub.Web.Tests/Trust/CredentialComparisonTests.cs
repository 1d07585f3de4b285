using System.Text.RegularExpressions;

namespace ConsultHub.Web.Tests.Trust;

/// <summary>
/// Keys, tokens, join codes and their hashes are compared only with
/// <c>CryptographicOperations.FixedTimeEquals</c>, so response times say nothing about how much of a guess
/// matched. Timing is too noisy to measure on a shared machine, so the code paths are checked instead.
/// </summary>
public sealed partial class CredentialComparisonTests
{
    private static readonly string Sources = Path.Combine(RepositoryRoot(), "src");

    [Theory]
    [InlineData("ConsultHub.Grains/Consultations/Secrets.cs", "Matches")]
    [InlineData("ConsultHub.Grains/Consultations/ParticipantTokens.cs", "TryRead")]
    [InlineData("ConsultHub.Domain/Rules/ParticipantRules.cs", "CodeMatches")]
    public void EachCredentialCheck_UsesFixedTimeEquals(string file, string method)
    {
        var text = File.ReadAllText(Path.Combine(Sources, file));
        var start = text.IndexOf($" {method}(", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{file} has no {method}.");
        var body = text[start..text.IndexOf("\n    }", start, StringComparison.Ordinal)];

        Assert.Contains("CryptographicOperations.FixedTimeEquals(", body, StringComparison.Ordinal);
    }

    [Fact]
    public void NoSourceFile_ComparesASecretAnyOtherWay()
    {
        var offending = Directory.EnumerateFiles(Sources, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select((line, i) => (path, line, number: i + 1)))
            .Where(l => OrdinaryComparison().IsMatch(l.line.Replace("CancellationToken", "", StringComparison.OrdinalIgnoreCase)) && !l.line.Contains("FixedTimeEquals", StringComparison.Ordinal))
            .Select(l => $"{Path.GetRelativePath(Sources, l.path)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(offending.Count == 0, "Secrets compared without FixedTimeEquals:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void CredentialResolution_GoesThroughTheConstantTimeChecks()
    {
        var resolver = File.ReadAllText(Path.Combine(Sources, "ConsultHub.Grains/Consultations/CallerResolver.cs"));

        Assert.Equal(4, Regex.Matches(resolver, @"Secrets\.Matches\(").Count);
        Assert.Contains("tokens.TryRead(", resolver, StringComparison.Ordinal);
    }

    /// <summary>==, !=, Equals, SequenceEqual, StartsWith, EndsWith or CompareTo next to a key, token, hash, code, secret or MAC.</summary>
    [GeneratedRegex(@"(Key|Token|Hash|JoinCode|Secret|Mac|Nonce)\w*\s*(==|!=)|(==|!=)\s*[\w.]*(Key|Token|Hash|JoinCode|Secret|Mac|Nonce)\b|(Key|Token|Hash|JoinCode|Secret|Mac|Nonce|credential|token|secret|nonce)\w*\)?\.(Equals|SequenceEqual|StartsWith|EndsWith|CompareTo)\(|(Equals|SequenceEqual)\([^)]*(Key|Token|Hash|JoinCode|Secret|Mac|Nonce)")]
    private static partial Regex OrdinaryComparison();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Hub.sln not found above the test assembly.");
    }
}
