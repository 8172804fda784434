using Bot.Tests.Bot.LiveHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.DirectLine;

/// <summary>A turn that throws on Direct Line goes through the same error policy as the other channels.</summary>
public sealed class DirectLineTurnErrorTests : IClassFixture<DirectLineTurnErrorTests.FailingBotHost>
{
    private const string Apology = "Xin lỗi, hệ thống đang gặp sự cố nên chưa trả lời được. Bạn vui lòng thử lại sau ít phút.";

    private readonly DirectLineTestClient _client;

    public DirectLineTurnErrorTests(FailingBotHost host) => _client = new DirectLineTestClient(host.CreateHttpClient());

    [Fact]
    public async Task AFailedTurnGetsTheVietnameseApologyAndTheNextTurnStartsFromCleanState()
    {
        var (conversationId, token, userId) = await _client.GenerateTokenAsync(LiveBotHost.Secret);

        var remember = await _client.PostMessageAsync(conversationId, token, userId, "nhớ hộ chiếu");
        var (_, watermark) = await _client.PollUntilAsync(conversationId, token, null, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, remember)));

        var failing = await _client.PostMessageAsync(conversationId, token, userId, "lỗi");
        var (afterFailure, next) = await _client.PollUntilAsync(conversationId, token, watermark, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, failing)));
        Assert.Equal(Apology, (string?)afterFailure.Single(a => DirectLineTestClient.IsBotReplyTo(a, failing))["text"]);

        var recall = await _client.PostMessageAsync(conversationId, token, userId, "nhớ gì?");
        var (afterRecall, _) = await _client.PollUntilAsync(conversationId, token, next, seen => seen.Any(a => DirectLineTestClient.IsBotReplyTo(a, recall)));
        Assert.Equal("Chưa nhớ gì.", (string?)afterRecall.Single(a => DirectLineTestClient.IsBotReplyTo(a, recall))["text"]);
    }

    public sealed class FailingBotHost : LiveBotHost
    {
        protected override void ConfigureServices(IServiceCollection services) => services.AddTransient<IBot, RememberingBot>();
    }

    /// <summary>Remembers a topic in conversation state; "lỗi" breaks that state and throws before answering.</summary>
    private sealed class RememberingBot(ConversationState state) : ActivityHandler
    {
        public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await base.OnTurnAsync(turnContext, cancellationToken);
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }

        protected override async Task OnMessageActivityAsync(ITurnContext<Microsoft.Bot.Schema.IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            var topic = state.CreateProperty<string>("topic");
            var text = turnContext.Activity.Text;
            if (text == "lỗi")
            {
                await topic.SetAsync(turnContext, "hỏng", cancellationToken);
                await state.SaveChangesAsync(turnContext, false, cancellationToken);
                throw new InvalidOperationException("The test bot fails on purpose.");
            }

            if (text.StartsWith("nhớ ", StringComparison.Ordinal) && text != "nhớ gì?")
            {
                await topic.SetAsync(turnContext, text["nhớ ".Length..], cancellationToken);
                await turnContext.SendActivityAsync("Đã nhớ.", cancellationToken: cancellationToken);
                return;
            }

            var remembered = await topic.GetAsync(turnContext, () => "", cancellationToken);
            await turnContext.SendActivityAsync(remembered.Length == 0 ? "Chưa nhớ gì." : $"Đang nhớ: {remembered}", cancellationToken: cancellationToken);
        }
    }
}
