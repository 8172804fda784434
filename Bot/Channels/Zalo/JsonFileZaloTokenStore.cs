using System.Text.Json;
using KnowledgeBase.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo;

/// <summary>Keeps the token pair in <c>{DataPath}/zalo-tokens.json</c>, replaced atomically so a crash never leaves half a file.</summary>
public sealed class JsonFileZaloTokenStore(IOptions<ZaloOptions> options, ILogger<JsonFileZaloTokenStore> logger) : IZaloTokenStore
{
    public const string FileName = "zalo-tokens.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string FilePath { get; } = Path.Combine(AssistantPaths.Resolve(options.Value.DataPath), FileName);

    public async Task<ZaloTokens?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(FilePath);
            var tokens = await JsonSerializer.DeserializeAsync<ZaloTokens>(stream, JsonOptions, cancellationToken);
            if (tokens is null || string.IsNullOrWhiteSpace(tokens.AccessToken))
            {
                logger.LogWarning("Zalo token file {Path} holds no access token; using the configured tokens", FilePath);
                return null;
            }

            return tokens;
        }
        catch (JsonException ex)
        {
            logger.LogError(ex, "Zalo token file {Path} is unreadable; using the configured tokens", FilePath);
            return null;
        }
    }

    public async Task SaveAsync(ZaloTokens tokens, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(FilePath)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                await JsonSerializer.SerializeAsync(stream, tokens, JsonOptions, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(temporary, FilePath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
