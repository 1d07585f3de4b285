using System.Security.Cryptography;
using System.Text;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Keys and tokens: 256 random bits, base64url. Only SHA-256 hashes are stored; comparisons run
/// in constant time so response timing says nothing about how much of a key matched.
/// </summary>
public static class Secrets
{
    /// <summary>A new unguessable secret.</summary>
    public static string NewKey() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>A short random id (72 bits) for participants.</summary>
    public static string NewId(string prefix) => prefix + Base64Url(RandomNumberGenerator.GetBytes(9));

    /// <summary>A join code people can read aloud: 8 characters without look-alikes, as XXXX-XXXX.</summary>
    public static string NewJoinCode()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = new char[9];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i == 4 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }
        return new string(chars);
    }

    /// <summary>SHA-256 of a secret, lower-case hex.</summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>True when <paramref name="secret"/> hashes to <paramref name="expectedHash"/>; constant time.</summary>
    public static bool Matches(string? secret, string expectedHash)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(expectedHash))
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(expectedHash));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
