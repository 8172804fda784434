using System.ComponentModel.DataAnnotations;

namespace Bot.Channels.Zalo;

/// <summary>
/// Section <c>Zalo</c>: the Zalo Official Account channel. The channel exists only when <see cref="IsEnabled"/>;
/// the delivery knobs have production defaults and are small in tests.
/// </summary>
public sealed class ZaloOptions : IValidatableObject
{
    public const string SectionName = "Zalo";

    /// <summary>The Zalo app id; part of every webhook signature.</summary>
    public string? AppId { get; set; }

    /// <summary>The OA secret key used to sign webhook events.</summary>
    public string? OaSecretKey { get; set; }

    /// <summary>Initial OA access token; replaced by refreshed tokens kept in <see cref="DataPath"/>.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Initial single-use refresh token; each refresh returns the next one, stored in <see cref="DataPath"/>.</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The app secret sent as <c>secret_key</c> when refreshing tokens.</summary>
    public string? AppSecret { get; set; }

    [Required]
    public string ApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    [Required]
    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Folder for the durable token file; relative paths resolve against the assistant's base folder.</summary>
    [Required]
    public string DataPath { get; set; } = "data/zalo";

    /// <summary>Largest webhook body accepted; Zalo events are a few hundred bytes.</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Events waiting for or being answered by the background processor; when full the webhook answers 503 so Zalo redelivers.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Users answered at once; one user's events are always answered one at a time, in order.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Attempts per outgoing message (first try included) for transient failures.</summary>
    [Range(1, 10)]
    public int MaxSendAttempts { get; set; } = 4;

    /// <summary>Delay before the first retry; doubles for every further attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a delivered <c>msg_id</c> is remembered so Zalo's redeliveries are not answered again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How old a signed event may be (its <c>timestamp</c> against the server's clock) before it is refused as a
    /// replay; events dated more than a few minutes ahead are refused too. Keep it within the de-duplication window.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a numbered list of suggested actions can be answered with a number.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan SuggestedActionsLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Zalo's limit for one text message.</summary>
    [Range(200, 2000)]
    public int MaxMessageLength { get; set; } = 2000;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(AppId) && !string.IsNullOrWhiteSpace(OaSecretKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAbsoluteHttpUrl(ApiBaseUrl))
        {
            yield return new ValidationResult("Zalo:ApiBaseUrl must be an absolute http(s) URL.", [nameof(ApiBaseUrl)]);
        }

        if (!IsAbsoluteHttpUrl(OAuthBaseUrl))
        {
            yield return new ValidationResult("Zalo:OAuthBaseUrl must be an absolute http(s) URL.", [nameof(OAuthBaseUrl)]);
        }

        if (IsEnabled && string.IsNullOrWhiteSpace(AccessToken) && string.IsNullOrWhiteSpace(RefreshToken))
        {
            yield return new ValidationResult(
                "Zalo:AccessToken or Zalo:RefreshToken is required to send replies.", [nameof(AccessToken), nameof(RefreshToken)]);
        }

        if (!string.IsNullOrWhiteSpace(RefreshToken) && string.IsNullOrWhiteSpace(AppSecret))
        {
            yield return new ValidationResult("Zalo:AppSecret is required to use Zalo:RefreshToken.", [nameof(AppSecret)]);
        }
    }

    /// <summary>Whether a <c>Zalo</c> configuration section turns the channel on, read before options are registered.</summary>
    public static bool IsConfigured(Microsoft.Extensions.Configuration.IConfiguration section) =>
        !string.IsNullOrWhiteSpace(section[nameof(AppId)]) && !string.IsNullOrWhiteSpace(section[nameof(OaSecretKey)]);

    private static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
