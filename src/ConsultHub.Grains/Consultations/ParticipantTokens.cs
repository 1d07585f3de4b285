using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// Issues and checks participant tokens, <c>participantId.nonce.mac</c>, which are opaque to clients.
/// The MAC is HMAC-SHA256 under the hub's token-signing key over <c>consultationId|participantId|nonce</c>,
/// so only this hub can mint a token and it names one consultation and one participant. The record keeps
/// SHA-256 of the nonce as well: removing the participant kills the token at once, and a leaked signing key
/// alone still cannot forge a token for an existing participant.
/// </summary>
public sealed class ParticipantTokens
{
    /// <summary>The shortest signing key accepted.</summary>
    public const int MinKeyLength = 32;

    /// <summary>Real tokens are about 100 characters; anything far longer is refused before any work.</summary>
    private const int MaxTokenLength = 256;

    private readonly byte[] _key;

    /// <summary>Creates the signer with the hub's token-signing key (<c>Hub:TokenSigningKey</c>).</summary>
    public ParticipantTokens(string signingKey)
    {
        if (signingKey is null || signingKey.Length < MinKeyLength)
        {
            throw new ArgumentException($"The token-signing key must be at least {MinKeyLength} characters.", nameof(signingKey));
        }
        _key = Encoding.UTF8.GetBytes(signingKey);
    }

    /// <summary>The token for a participant whose record keeps <c>SHA-256(nonce)</c>.</summary>
    public string Issue(string consultationId, string participantId, string nonce) =>
        $"{participantId}.{nonce}.{Mac(consultationId, participantId, nonce)}";

    /// <summary>Checks the MAC in constant time; on success returns the participant id and nonce the token carries.</summary>
    public bool TryRead(string consultationId, string token, out string participantId, out string nonce)
    {
        participantId = nonce = "";
        if (token.Length > MaxTokenLength)
        {
            return false;
        }
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Mac(consultationId, parts[0], parts[1]));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(parts[2])))
        {
            return false;
        }
        (participantId, nonce) = (parts[0], parts[1]);
        return true;
    }

    private string Mac(string consultationId, string participantId, string nonce) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{consultationId}|{participantId}|{nonce}")));
}
