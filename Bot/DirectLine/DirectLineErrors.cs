using Bot.Security;

namespace Bot.DirectLine;

/// <summary>Direct Line error bodies: <c>{"error":{"code","message"}}</c> with the status codes clients react to.</summary>
public static class DirectLineErrors
{
    public static IResult Unauthorized(string message) => Error(StatusCodes.Status401Unauthorized, "Unauthorized", message);

    public static IResult TokenExpired() => Error(StatusCodes.Status401Unauthorized, "TokenExpired", "Token has expired; request a new one.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "Forbidden", "Token not valid for this conversation.");

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    // Budget refusals may reach a citizen's screen through any client: their messages are Vietnamese.
    public static IResult TooLarge(long limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", AbuseMessages.Instance.RequestTooLarge(limit));

    public static IResult Busy() => Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", AbuseMessages.Instance.ConversationsBusy);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorBody(new ErrorDetail(code, message)), statusCode: status);

    private sealed record ErrorBody(ErrorDetail Error);

    private sealed record ErrorDetail(string Code, string Message);
}
