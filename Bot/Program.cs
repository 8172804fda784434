using Bot.Hosting;
using Bot.Llm;
using KnowledgeBase;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeBase();
builder.AddBot();
builder.AddLlm();

var app = builder.Build();
app.EnsureIndex();
app.MapBot();
app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
