using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Bot.DirectLine;

/// <summary>Conversation-level operations shared by the Direct Line endpoints and the pages' token endpoint.</summary>
public sealed class DirectLineConversations
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineTokenService _tokens;
    private readonly DirectLineTurnRunner _turns;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineConversations> _logger;

    public DirectLineConversations(IDirectLineStore store, DirectLineTokenService tokens, DirectLineTurnRunner turns, TimeProvider time,
        IOptions<DirectLineOptions> options, ILogger<DirectLineConversations> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _tokens = tokens;
        _turns = turns;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public ChannelAccount Bot => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Creates an empty conversation and a token for it; null when the store is full.</summary>
    public async Task<IssuedToken?> CreateWithTokenAsync(string? userId, CancellationToken cancellationToken)
    {
        var conversationId = NewConversationId();
        if (await _store.CreateConversationAsync(conversationId, cancellationToken) == CreateConversationResult.StoreFull)
        {
            _logger.LogWarning("Conversation store is full ({Max}); refusing a new conversation", _options.MaxConversations);
            return null;
        }

        return _tokens.Issue(conversationId, userId);
    }

    /// <summary>Makes sure the conversation exists; false when the store is full.</summary>
    public async Task<bool> EnsureExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        await _store.CreateConversationAsync(conversationId, cancellationToken) != CreateConversationResult.StoreFull;

    /// <summary>Announces bot and user to the bot once per conversation, so its welcome message is the first thing shown.</summary>
    public async Task StartAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (!await _store.TryMarkStartedAsync(conversationId, cancellationToken))
        {
            return;
        }

        var user = new ChannelAccount(userId, role: RoleTypes.User);
        _turns.Enqueue(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = Microsoft.Bot.Connector.Channels.Directline,
            Conversation = new ConversationAccount(id: conversationId),
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
            Timestamp = _time.GetUtcNow(),
        });
        _logger.LogInformation("Direct Line conversation {ConversationId} started", conversationId);
    }

    /// <summary>Stamps a client activity, logs it (the client sees its own echo) and queues the bot's turn; null when the conversation is gone.</summary>
    public async Task<string?> PostFromClientAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId = Microsoft.Bot.Connector.Channels.Directline;
        activity.Conversation = new ConversationAccount(id: conversationId);
        activity.Recipient = Bot;
        activity.From.Role = RoleTypes.User;
        activity.Timestamp = _time.GetUtcNow();
        activity.ServiceUrl = null;
        await StartAsync(conversationId, activity.From.Id, cancellationToken);
        var id = await _store.AppendAsync(conversationId, activity, cancellationToken);
        if (id is not null)
        {
            _turns.Enqueue(activity);
        }

        return id;
    }
}
