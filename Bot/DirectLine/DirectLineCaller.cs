namespace Bot.DirectLine;

/// <summary>Who is calling: the holder of the master secret (any conversation) or of one conversation's token.</summary>
public sealed record DirectLineCaller(bool IsSecret, string Bearer, DirectLineToken? Token)
{
    public string? UserId => Token?.UserId;

    public bool CanAccess(string conversationId) => IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);

    /// <summary>
    /// Reads <c>Authorization: Bearer</c> (or, for the WebSocket stream whose browser API cannot set headers, the
    /// <c>t</c> query parameter, which takes conversation tokens only) and checks it; returns an error result when it is missing, forged or expired.
    /// </summary>
    public static DirectLineCaller? Authenticate(HttpRequest request, DirectLineTokenService tokens, bool allowQueryToken, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        var bearer = ReadBearer(request);
        var fromQuery = false;
        if (bearer is null && allowQueryToken)
        {
            bearer = request.Query["t"].ToString();
            fromQuery = true;
        }

        if (string.IsNullOrEmpty(bearer))
        {
            error = DirectLineErrors.Unauthorized("Missing Authorization: Bearer <secret or token>.");
            return null;
        }

        if (tokens.IsSecret(bearer))
        {
            // URLs end up in proxy logs and browser history: the master secret is never accepted in one.
            if (fromQuery)
            {
                error = DirectLineErrors.Unauthorized("The secret is accepted only in the Authorization header; use a conversation token in the URL.");
                return null;
            }

            error = null;
            return new DirectLineCaller(true, bearer, null);
        }

        switch (tokens.Validate(bearer, out var grant))
        {
            case TokenValidation.Valid:
                error = null;
                return new DirectLineCaller(false, bearer, grant);
            case TokenValidation.Expired:
                error = DirectLineErrors.TokenExpired();
                return null;
            default:
                error = DirectLineErrors.Unauthorized("The secret or token is not valid.");
                return null;
        }
    }

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }
}
