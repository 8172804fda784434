using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Bot.DirectLine;

/// <summary>Reads and checks request bodies: bounded size, well-formed JSON, and the fields the bot relies on.</summary>
public static partial class DirectLineRequestBody
{
    public static async Task<(string? Body, IResult? Error)> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.TooLarge(maxBytes));
        }

        // Content-Length may be absent (chunked): count while reading instead of trusting it.
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, DirectLineErrors.TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid UTF-8."));
        }
    }

    /// <summary>
    /// Parses a client activity. A token bound to a user fixes <c>from.id</c>, so one user cannot speak as another.
    /// Text length is not checked here: the bot answers an over-long message with a polite refusal
    /// (<c>Limits:MaxMessageLength</c>), the same on every channel.
    /// </summary>
    public static Activity? ParseActivity(string body, string? tokenUserId, out IResult? error)
    {
        Activity? activity;
        try
        {
            activity = DirectLineJson.Deserialize<Activity>(body);
        }
        catch (JsonException)
        {
            error = DirectLineErrors.BadArgument("The body is not a valid activity JSON object.");
            return null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            error = DirectLineErrors.BadArgument("The activity needs a 'type'.");
            return null;
        }

        if (tokenUserId is not null)
        {
            activity.From = new ChannelAccount(tokenUserId, activity.From?.Name);
        }
        else if (activity.From?.Id is not { } fromId || !UserIdPattern().IsMatch(fromId))
        {
            error = DirectLineErrors.BadArgument("The activity needs 'from.id' (letters, digits and _-.:@, at most 128).");
            return null;
        }

        error = null;
        return activity;
    }

    /// <summary>The optional user of <c>tokens/generate</c>; null when none was asked for.</summary>
    public static string? ParseTokenUser(string body, out IResult? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        TokenRequest? request;
        try
        {
            request = System.Text.Json.JsonSerializer.Deserialize<TokenRequest>(body);
        }
        catch (System.Text.Json.JsonException)
        {
            error = DirectLineErrors.BadArgument("The body is not valid JSON.");
            return null;
        }

        var id = request?.User?.Id;
        if (id is not null && !UserIdPattern().IsMatch(id))
        {
            error = DirectLineErrors.BadArgument("user.id may hold letters, digits and _-.:@, at most 128.");
            return null;
        }

        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9_.:@-]{1,128}$")]
    private static partial Regex UserIdPattern();
}
