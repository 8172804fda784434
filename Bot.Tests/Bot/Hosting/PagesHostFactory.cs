using KnowledgeBase.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Bot.Hosting;

/// <summary>The Bot host with the fixture procedures available to the procedure pages and the kiosk checklist.</summary>
public sealed class PagesHostFactory : KestrelBotHostFactory
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IProcedureSearch>(new FixtureProcedureLookup("content", "webpages"));
}
