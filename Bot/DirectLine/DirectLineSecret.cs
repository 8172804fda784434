using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>The effective secret: the configured one, or a random one made once per process when none is configured.</summary>
public sealed class DirectLineSecret
{
    public DirectLineSecret(IOptions<DirectLineOptions> options, ILogger<DirectLineSecret> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.Secret;
        IsConfigured = !string.IsNullOrEmpty(configured);
        if (IsConfigured)
        {
            Value = configured!;
        }
        else
        {
            Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            logger.LogWarning("DirectLine:Secret is not set; using a random per-process secret. The web pages work, outside Direct Line clients cannot authenticate");
        }
    }

    public string Value { get; }

    public bool IsConfigured { get; }
}
