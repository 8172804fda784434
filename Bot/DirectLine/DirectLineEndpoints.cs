using System.Globalization;
using System.Text;
using Bot.Security;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>The Direct Line 3.0 routes that Web Chat and botframework-directlinejs use.</summary>
public static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLineRoutes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Prefix).DisableAntiforgery();
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.Map("/conversations/{conversationId}/stream", DirectLineStreamHandler.HandleAsync);
        return routes;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineTokenService tokens, DirectLineConversations conversations,
        IOptions<LimitsOptions> limits, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.Authenticate(request, tokens, allowQueryToken: false, out var error);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.Forbidden();
        }

        string? userId = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var (body, bodyError) = await DirectLineRequestBody.ReadAsync(request, limits.Value.MaxRequestBodyBytes, cancellationToken);
            if (bodyError is not null)
            {
                return bodyError;
            }

            userId = DirectLineRequestBody.ParseTokenUser(body!, out var userError);
            if (userError is not null)
            {
                return userError;
            }
        }

        var issued = await conversations.CreateWithTokenAsync(userId, cancellationToken);
        return issued is null
            ? DirectLineErrors.Busy()
            : Results.Json(new TokenResponse(issued.Grant.ConversationId, issued.Token, issued.ExpiresInSeconds));
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineTokenService tokens)
    {
        var caller = DirectLineCaller.Authenticate(request, tokens, allowQueryToken: false, out var error);
        if (caller is null)
        {
            return error!;
        }

        if (caller.Token is null)
        {
            return DirectLineErrors.BadArgument("Refresh needs a conversation token, not the secret.");
        }

        var issued = tokens.Issue(caller.Token.ConversationId, caller.Token.UserId);
        return Results.Json(new TokenResponse(issued.Grant.ConversationId, issued.Token, issued.ExpiresInSeconds));
    }

    private static async Task<IResult> StartConversationAsync(HttpContext context, DirectLineTokenService tokens, DirectLineConversations conversations,
        TimeProvider time, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.Authenticate(context.Request, tokens, allowQueryToken: false, out var error);
        if (caller is null)
        {
            return error!;
        }

        string conversationId;
        string token;
        int expiresIn;
        if (caller.IsSecret)
        {
            var issued = await conversations.CreateWithTokenAsync(null, cancellationToken);
            if (issued is null)
            {
                return DirectLineErrors.Busy();
            }

            (conversationId, token, expiresIn) = (issued.Grant.ConversationId, issued.Token, issued.ExpiresInSeconds);
        }
        else
        {
            conversationId = caller.Token!.ConversationId;
            if (!await conversations.EnsureExistsAsync(conversationId, cancellationToken))
            {
                return DirectLineErrors.Busy();
            }

            (token, expiresIn) = (caller.Bearer, SecondsLeft(caller.Token, time));
            if (caller.UserId is not null)
            {
                await conversations.StartAsync(conversationId, caller.UserId, cancellationToken);
            }
        }

        var body = new ConversationResponse(conversationId, token, expiresIn, StreamUrl(context.Request, options.Value.PublicBaseUrl, conversationId, token, null));
        return Results.Json(body, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReconnectAsync(HttpContext context, string conversationId, string? watermark, DirectLineTokenService tokens,
        IDirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, error) = await AuthorizeAsync(context.Request, conversationId, tokens, store, cancellationToken);
        if (caller is null)
        {
            return error!;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineErrors.BadArgument("The watermark must be a non-negative integer.");
        }

        var expiresIn = caller.Token is null ? 0 : SecondsLeft(caller.Token, time);
        return Results.Json(new ConversationResponse(conversationId, caller.Bearer, expiresIn,
            StreamUrl(context.Request, options.Value.PublicBaseUrl, conversationId, caller.Bearer, string.IsNullOrEmpty(watermark) ? null : mark)));
    }

    private static async Task<IResult> PostActivityAsync(HttpRequest request, string conversationId, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineConversations conversations, IOptions<LimitsOptions> limits, IOptions<DirectLineOptions> options,
        CancellationToken cancellationToken)
    {
        var (caller, error) = await AuthorizeAsync(request, conversationId, tokens, store, cancellationToken);
        if (caller is null)
        {
            return error!;
        }

        var (body, bodyError) = await DirectLineRequestBody.ReadAsync(request, limits.Value.MaxRequestBodyBytes, cancellationToken);
        if (bodyError is not null)
        {
            return bodyError;
        }

        var activity = DirectLineRequestBody.ParseActivity(body!, caller.UserId, out var activityError);
        if (activity is null)
        {
            return activityError!;
        }

        // Measured as stored, so whitespace padding in the request body neither counts nor hides channelData.
        if (DirectLineActivities.BytesBesideText(activity) > options.Value.MaxActivityBytes)
        {
            return DirectLineErrors.TooLarge(options.Value.MaxActivityBytes);
        }

        var id = await conversations.PostFromClientAsync(conversationId, activity, cancellationToken);
        return id is null ? DirectLineErrors.NotFound() : Results.Json(new ResourceIdResponse(id));
    }

    private static async Task<IResult> GetActivitiesAsync(HttpRequest request, string conversationId, string? watermark, DirectLineTokenService tokens,
        IDirectLineStore store, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, error) = await AuthorizeAsync(request, conversationId, tokens, store, cancellationToken);
        if (caller is null)
        {
            return error!;
        }

        if (!TryParseWatermark(watermark, out var mark))
        {
            return DirectLineErrors.BadArgument("The watermark must be a non-negative integer.");
        }

        var page = await store.GetActivitiesAsync(conversationId, mark, options.Value.MaxActivitiesPerRead, cancellationToken);
        return page is null ? DirectLineErrors.NotFound() : Results.Text(ActivitySetJson(page), "application/json", Encoding.UTF8);
    }

    /// <summary>Authenticates and checks the caller may use this existing conversation.</summary>
    internal static async Task<(DirectLineCaller? Caller, IResult? Error)> AuthorizeAsync(HttpRequest request, string conversationId,
        DirectLineTokenService tokens, IDirectLineStore store, CancellationToken cancellationToken, bool allowQueryToken = false)
    {
        var caller = DirectLineCaller.Authenticate(request, tokens, allowQueryToken, out var error);
        if (caller is null)
        {
            return (null, error);
        }

        if (!caller.CanAccess(conversationId))
        {
            return (null, DirectLineErrors.Forbidden());
        }

        return await store.ExistsAsync(conversationId, cancellationToken) ? (caller, null) : (null, DirectLineErrors.NotFound());
    }

    /// <summary>The <c>{"activities":[...],"watermark":"n"}</c> set, built from the stored JSON without re-serializing.</summary>
    internal static string ActivitySetJson(ActivityPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var json = new StringBuilder(64 + page.ActivitiesJson.Sum(a => a.Length + 1));
        json.Append("{\"activities\":[").AppendJoin(',', page.ActivitiesJson).Append("],\"watermark\":\"")
            .Append(page.Watermark.ToString(CultureInfo.InvariantCulture)).Append("\"}");
        return json.ToString();
    }

    internal static bool TryParseWatermark(string? value, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(value) ||
               (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    private static int SecondsLeft(DirectLineToken token, TimeProvider time) =>
        (int)Math.Max(0, (token.ExpiresAt - time.GetUtcNow()).TotalSeconds);

    /// <summary>The WebSocket URL; from <paramref name="publicUrl"/> when configured, since the request's Host header is the client's choice.</summary>
    private static string StreamUrl(HttpRequest request, Uri? publicUrl, string conversationId, string token, long? watermark)
    {
        var root = publicUrl is null
            ? $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}"
            : $"{(publicUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{publicUrl.Authority}{publicUrl.AbsolutePath.TrimEnd('/')}";
        var url = $"{root}{Prefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is null ? url : url + "&watermark=" + watermark.Value.ToString(CultureInfo.InvariantCulture);
    }
}
