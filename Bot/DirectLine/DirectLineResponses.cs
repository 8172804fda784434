using System.Text.Json.Serialization;

namespace Bot.DirectLine;

/// <summary>Body of <c>tokens/generate</c> and <c>tokens/refresh</c>.</summary>
public sealed record TokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>Body of <c>POST conversations</c> and <c>GET conversations/{id}</c>.</summary>
public sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string StreamUrl);

/// <summary>Body of <c>POST conversations/{id}/activities</c>.</summary>
public sealed record ResourceIdResponse([property: JsonPropertyName("id")] string Id);

/// <summary>Optional body of <c>tokens/generate</c>: binds the token to one user id.</summary>
public sealed record TokenRequest([property: JsonPropertyName("user")] TokenRequestUser? User);

public sealed record TokenRequestUser([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("name")] string? Name);
