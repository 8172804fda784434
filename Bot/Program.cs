using Bot.DirectLine;
using Bot.Hosting;
using Bot.Infrastructure.Redis;
using Bot.Llm;
using Bot.Observability;
using Bot.Security;
using Bot.WebPages;
using KnowledgeBase;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeBase();
builder.AddBot();
builder.AddLlm();
builder.AddZalo();
builder.AddDirectLine();
builder.AddWebPages();
builder.AddAbusePolicies();
builder.AddObservability();
builder.AddRedis(); // last: replaces the in-memory stores when Redis:Configuration is set

var app = builder.Build();
app.UseAbusePolicies();
app.UseObservability();
app.EnsureIndex();
app.MapBot();
app.MapZalo();
app.MapDirectLine();
app.MapWebPages();
app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
