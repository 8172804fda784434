using Bot.Llm;

var builder = WebApplication.CreateBuilder(args);
builder.AddLlm();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();
