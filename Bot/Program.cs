using Bot.DirectLine;
using Bot.WebPages;

var builder = WebApplication.CreateBuilder(args);
builder.AddDirectLine();
builder.AddWebPages();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapDirectLine();
app.MapWebPages();
app.Run();
