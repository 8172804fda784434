using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// Holds the current OA access token and refreshes it when Zalo rejects it. Refreshes are serialised: the
/// refresh token is single-use, so two concurrent refreshes would lock the OA out.
/// </summary>
public sealed class ZaloTokenProvider(
    IZaloTokenStore store,
    IHttpClientFactory httpClientFactory,
    IOptions<ZaloOptions> options,
    TimeProvider timeProvider,
    ILogger<ZaloTokenProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ZaloTokens? current;

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (current is { } known)
        {
            return known.AccessToken;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            current ??= await LoadInitialAsync(cancellationToken);
            return current.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Replaces <paramref name="rejectedAccessToken"/>. When another send already refreshed it, the newer token is
    /// returned without a second refresh.
    /// </summary>
    public async Task<ZaloRefreshOutcome> RefreshAsync(string rejectedAccessToken, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            current ??= await LoadInitialAsync(cancellationToken);
            if (current.AccessToken != rejectedAccessToken)
            {
                return ZaloRefreshOutcome.Refreshed(current.AccessToken);
            }

            if (string.IsNullOrWhiteSpace(current.RefreshToken))
            {
                logger.LogError("Zalo access token expired and no refresh token is configured; set Zalo:RefreshToken");
                return ZaloRefreshOutcome.Failed(transient: false);
            }

            var outcome = await RequestAsync(current.RefreshToken, cancellationToken);
            if (outcome.Tokens is null)
            {
                return ZaloRefreshOutcome.Failed(outcome.Transient);
            }

            var next = outcome.Tokens with { SeedRefreshToken = current.SeedRefreshToken };

            // The old refresh token is now spent: persist the new pair even if the caller gives up meanwhile.
            await store.SaveAsync(next, CancellationToken.None);
            current = next;
            logger.LogInformation("Zalo access token refreshed; valid until {ExpiresAt}", next.ExpiresAt);
            return ZaloRefreshOutcome.Refreshed(next.AccessToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<ZaloTokens> LoadInitialAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var stored = await store.LoadAsync(cancellationToken);
        if (stored is not null && (string.IsNullOrWhiteSpace(settings.RefreshToken) || stored.SeedRefreshToken == settings.RefreshToken))
        {
            return stored;
        }

        return new ZaloTokens(settings.AccessToken ?? string.Empty, settings.RefreshToken, null, settings.RefreshToken);
    }

    private async Task<(ZaloTokens? Tokens, bool Transient)> RequestAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{settings.OAuthBaseUrl.TrimEnd('/')}/v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["refresh_token"] = refreshToken,
                ["app_id"] = settings.AppId!,
                ["grant_type"] = "refresh_token",
            }),
        };
        request.Headers.Add("secret_key", settings.AppSecret);

        try
        {
            var client = httpClientFactory.CreateClient(ZaloApiClient.HttpClientName);
            using var response = await client.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogError("Zalo token refresh failed with HTTP {Status}", (int)response.StatusCode);
                return (null, ZaloApiClient.IsTransient(response.StatusCode));
            }

            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var accessToken = ReadString(root, "access_token");
            var newRefreshToken = ReadString(root, "refresh_token");
            if (accessToken is null || newRefreshToken is null)
            {
                // Zalo reports refusals (spent or revoked refresh token) as 200 with an error object.
                logger.LogError(
                    "Zalo token refresh refused: {Error} {Message}; the OA must be re-authorised",
                    ReadString(root, "error"), ReadString(root, "error_description") ?? ReadString(root, "message") ?? ReadString(root, "error_name"));
                return (null, false);
            }

            DateTimeOffset? expiresAt = long.TryParse(ReadString(root, "expires_in"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                ? timeProvider.GetUtcNow().AddSeconds(seconds)
                : null;
            return (new ZaloTokens(accessToken, newRefreshToken, expiresAt, null), false);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogError(ex, "Zalo token refresh failed");
            return (null, true);
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
