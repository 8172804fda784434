using System.Security.Cryptography;
using System.Text;

namespace Bot.Channels.Zalo;

/// <summary>
/// Zalo's webhook signature: header <c>X-ZEvent-Signature: mac=&lt;hex&gt;</c> where
/// mac = hex(SHA-256(app_id + raw body + timestamp + OA secret key)) and timestamp is the event's <c>timestamp</c> field.
/// </summary>
public static class ZaloSignature
{
    public const string HeaderName = "X-ZEvent-Signature";

    private const string Prefix = "mac=";

    /// <summary>The header value Zalo sends for this event.</summary>
    public static string Compute(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string secretKey) =>
        Prefix + Convert.ToHexStringLower(Hash(appId, rawBody, timestamp, secretKey));

    /// <summary>True only when the header carries exactly the expected MAC; compared in constant time.</summary>
    public static bool IsValid(string? headerValue, string appId, ReadOnlySpan<byte> rawBody, string? timestamp, string secretKey)
    {
        if (string.IsNullOrWhiteSpace(headerValue) || string.IsNullOrEmpty(timestamp))
        {
            return false;
        }

        var value = headerValue.Trim();
        if (!value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var hex = value.AsSpan(Prefix.Length).Trim();
        if (hex.Length != SHA256.HashSizeInBytes * 2)
        {
            return false;
        }

        Span<byte> provided = stackalloc byte[SHA256.HashSizeInBytes];
        if (Convert.FromHexString(hex, provided, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != provided.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(provided, Hash(appId, rawBody, timestamp, secretKey));
    }

    private static byte[] Hash(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string secretKey)
    {
        // The body is hashed as received: re-encoding it would change the bytes Zalo signed.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(appId));
        hash.AppendData(rawBody);
        hash.AppendData(Encoding.UTF8.GetBytes(timestamp));
        hash.AppendData(Encoding.UTF8.GetBytes(secretKey));
        return hash.GetHashAndReset();
    }
}
