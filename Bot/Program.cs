using Bot.Infrastructure.Redis;
using Bot.Observability;
using Bot.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddAbusePolicies();
builder.AddObservability();
builder.AddRedis(); // keep after AddBot(): replaces its MemoryStorage when Redis:Configuration is set
var app = builder.Build();
app.UseAbusePolicies();
app.UseObservability();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.Run();
