var builder = WebApplication.CreateBuilder(args);
builder.AddZalo();
var app = builder.Build();
app.MapZalo();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();
