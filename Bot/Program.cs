using Bot.Hosting;
using Bot.Infrastructure.Redis;
using Bot.Observability;
using Bot.Security;
using KnowledgeBase;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeBase();
builder.AddBot();
builder.AddAbusePolicies();
builder.AddObservability();
builder.AddRedis(); // last: replaces the bot's MemoryStorage when Redis:Configuration is set

var app = builder.Build();
app.UseAbusePolicies();
app.UseObservability();
app.EnsureIndex();
app.MapBot();
app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
