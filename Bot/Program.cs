using Bot.DirectLine;

var builder = WebApplication.CreateBuilder(args);
builder.AddDirectLine();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapDirectLine();
app.Run();
