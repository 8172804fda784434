using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>
/// Issues and checks conversation tokens: <c>base64url(payload).base64url(HMAC-SHA256(payload))</c> with a key derived
/// from the Direct Line secret, so any instance that shares the secret validates tokens without shared state.
/// </summary>
public sealed class DirectLineTokenService
{
    private const int MaxTokenLength = 1024;
    private static readonly byte[] KeyInfo = Encoding.UTF8.GetBytes("directline-token-v1");

    private readonly byte[] _key;
    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, DirectLineSecret secret, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(secret);
        _secret = Encoding.UTF8.GetBytes(secret.Value);
        _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, _secret, 32, salt: [], info: KeyInfo);
        _time = time;
        _lifetime = options.Value.TokenLifetime;
    }

    public IssuedToken Issue(string conversationId, string? userId)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds((_time.GetUtcNow() + _lifetime).ToUnixTimeSeconds());
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(
            conversationId, userId, expires.ToUnixTimeSeconds(), Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))));
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
        return new IssuedToken(token, new DirectLineToken(conversationId, userId, expires), (int)_lifetime.TotalSeconds);
    }

    /// <summary>True when <paramref name="bearer"/> is the master secret (compared in constant time).</summary>
    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), _secret);

    public TokenValidation Validate(string token, out DirectLineToken? grant)
    {
        grant = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return TokenValidation.Malformed;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            return TokenValidation.Malformed;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return TokenValidation.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature))
        {
            return TokenValidation.BadSignature;
        }

        TokenPayload? data;
        try
        {
            data = JsonSerializer.Deserialize<TokenPayload>(payload);
        }
        catch (JsonException)
        {
            return TokenValidation.Malformed;
        }

        if (data is null || string.IsNullOrEmpty(data.C))
        {
            return TokenValidation.Malformed;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(data.E);
        if (expires <= _time.GetUtcNow())
        {
            return TokenValidation.Expired;
        }

        grant = new DirectLineToken(data.C, data.U, expires);
        return TokenValidation.Valid;
    }

    // Short names keep tokens short; they travel in every request and in the stream URL.
    private sealed record TokenPayload(string C, string? U, long E, string N);
}
