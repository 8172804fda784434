using Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAssistant();

var app = builder.Build();
app.UseAssistant();
app.Run();

/// <summary>Entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
