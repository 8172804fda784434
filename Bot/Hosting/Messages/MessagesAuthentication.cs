namespace Bot.Hosting.Messages;

/// <summary>
/// Whether <c>/api/messages</c> may run without Bot Framework authentication. With a <c>MicrosoftAppId</c> the adapter
/// validates every channel's token; without one anybody can post activities, which only Development or an operator's
/// explicit <see cref="BotOptions.AllowAnonymousMessages"/> accepts.
/// </summary>
internal static class MessagesAuthentication
{
    public const string RefusalMessage =
        "POST /api/messages would accept unauthenticated activities: set MicrosoftAppId and MicrosoftAppPassword so " +
        "Bot Framework tokens are validated, or set Bot:AllowAnonymousMessages=true on a closed network (docs/deployment.md).";

    public static bool IsAcceptable(BotOptions options, IConfiguration configuration, IHostEnvironment environment) =>
        options.AllowAnonymousMessages
        || environment.IsDevelopment()
        || !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
}
