using global::Bot.Infrastructure;
using global::Bot.Infrastructure.Redis;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Bot.Infrastructure.Redis;

public sealed class RedisRegistrationTests : IClassFixture<RedisServerFixture>
{
    private readonly RedisServer _server;

    public RedisRegistrationTests(RedisServerFixture fixture) => _server = fixture.Server;

    [Fact]
    public async Task WithRedisConfiguredTheBotsMemoryStorageIsReplaced()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.Configuration["Redis:Configuration"] = _server.ConnectionString;
        builder.AddRedis();
        using var host = builder.Build();
        await host.StartAsync();

        Assert.IsType<RedisStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<RedisDeduplicator>(host.Services.GetRequiredService<IMessageDeduplicator>());
        await host.StopAsync();
    }

    [Fact]
    public void WithoutRedisStateStaysInMemory()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.AddRedis();
        using var host = builder.Build();

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<InMemoryMessageDeduplicator>(host.Services.GetRequiredService<IMessageDeduplicator>());
    }

    [Fact]
    public async Task MemoryStorageRegisteredAfterRedisStopsStartUpWithAClearMessage()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Redis:Configuration"] = _server.ConnectionString;
        builder.AddRedis();
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());
        Assert.Contains("AddRedis() after", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BotHostUsesRedisWhenConfigured()
    {
        using var factory = TestBotHost.Create(("Redis:Configuration", _server.ConnectionString));

        Assert.IsType<RedisStorage>(factory.Services.GetRequiredService<IStorage>());
    }
}
