using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>
/// One attempt to send a text message through the OA Open API v3 (<c>POST /v3.0/oa/message/cs</c>). An
/// expired access token is refreshed and the send repeated once; other failures are classified for the caller's retries.
/// </summary>
public sealed class ZaloApiClient(
    IHttpClientFactory httpClientFactory,
    ZaloTokenProvider tokens,
    IOptions<ZaloOptions> options,
    ILogger<ZaloApiClient> logger)
{
    public const string HttpClientName = "Zalo";

    /// <summary>Zalo's "access token invalid/expired" codes, returned with HTTP 200.</summary>
    private static readonly HashSet<int> ExpiredTokenErrors = [-216, -124, -230];

    private readonly Uri messageUri = new($"{options.Value.ApiBaseUrl.TrimEnd('/')}/v3.0/oa/message/cs");

    public async Task<ZaloSendResult> SendTextAsync(string userId, string text, CancellationToken cancellationToken)
    {
        var accessToken = await tokens.GetAccessTokenAsync(cancellationToken);
        if (accessToken.Length > 0)
        {
            var (result, tokenExpired) = await PostAsync(accessToken, userId, text, cancellationToken);
            if (!tokenExpired)
            {
                return result;
            }

            logger.LogInformation("Zalo rejected the access token ({Error}); refreshing it", result.Error);
        }

        // Only a refresh token configured, or the access token expired: get a new one and try once more.
        var refreshed = await tokens.RefreshAsync(accessToken, cancellationToken);
        if (refreshed.AccessToken is null)
        {
            return ZaloSendResult.Failure("access token expired and could not be refreshed", refreshed.Transient);
        }

        var (retried, stillExpired) = await PostAsync(refreshed.AccessToken, userId, text, cancellationToken);
        return stillExpired ? ZaloSendResult.Failure($"refreshed access token rejected too: {retried.Error}", transient: false) : retried;
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private async Task<(ZaloSendResult Result, bool TokenExpired)> PostAsync(
        string accessToken, string userId, string text, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, messageUri)
        {
            Content = JsonContent.Create(new { recipient = new { user_id = userId }, message = new { text } }),
        };
        request.Headers.Add("access_token", accessToken);

        try
        {
            var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (ZaloSendResult.Failure($"HTTP {(int)response.StatusCode}", IsTransient(response.StatusCode)), false);
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var error = root.TryGetProperty("error", out var code) && code.TryGetInt32(out var value) ? value : 0;
            if (error == 0)
            {
                var messageId = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("message_id", out var id) ? id.ToString() : null;
                return (ZaloSendResult.Success(messageId), false);
            }

            var message = root.TryGetProperty("message", out var m) ? m.ToString() : null;
            var failure = ZaloSendResult.Failure($"Zalo error {error}: {message}", transient: false);
            return (failure, ExpiredTokenErrors.Contains(error));
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return (ZaloSendResult.Failure(ex.GetType().Name + ": " + ex.Message, transient: true), false);
        }
    }
}
