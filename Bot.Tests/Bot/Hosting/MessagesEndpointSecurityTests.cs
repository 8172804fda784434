using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Bot.Tests.Bot.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Bot.Hosting;

/// <summary>The probes of the hardening issue against <c>/api/messages</c>, replayed on a real host.</summary>
public sealed class MessagesEndpointSecurityTests
{
    [Fact]
    public void OutsideDevelopmentTheHostRefusesToStartWithAnAnonymousMessagesEndpoint()
    {
        using var production = new BotHostFactory(configure: b => b.UseEnvironment("Production"));

        var refusal = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(refusal));
        Assert.Contains("Bot:AllowAnonymousMessages", validation.Message);
        Assert.Contains("MicrosoftAppId", validation.Message);
    }

    [Fact]
    public async Task AnOperatorCanAllowAnonymousMessagesExplicitly()
    {
        using var production = ProductionHost();
        using var client = production.CreateClient();

        var replies = await ActivityPost.SendAsync(client, ActivityPost.Message("xin chào", "c-open"));

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task AServiceUrlPointingInsideTheNetworkIsRefusedAndNeverCalled()
    {
        using var internalAdmin = new CountingListener();
        using var production = ProductionHost();
        using var client = production.CreateClient();
        var activity = ActivityPost.Message("cấp lại căn cước", "c-ssrf");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = $"http://127.0.0.1:{internalAdmin.Port}/internal-admin/";

        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("service_url_not_allowed", body.RootElement.GetProperty("error").GetString());
        Assert.Contains("không hợp lệ", body.RootElement.GetProperty("message").GetString());
        Assert.Equal(0, internalAdmin.Connections);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:password@smba.trafficmanager.net/")]
    public async Task AMissingOrMalformedServiceUrlIsA400NotA500(string? serviceUrl)
    {
        using var production = ProductionHost();
        using var client = production.CreateClient();
        var activity = ActivityPost.Message("xin chào", "c-url");
        if (serviceUrl is null)
        {
            activity.Remove("serviceUrl");
        }
        else
        {
            activity["serviceUrl"] = serviceUrl;
        }

        using var response = await client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_service_url", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"message\"")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":{\"nested\":true}}")]
    public async Task ABodyThatIsNotAnActivityIsA400(string json)
    {
        using var production = ProductionHost();
        using var client = production.CreateClient();

        using var response = await client.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AChannelThatNeverAnswersCostsOneLogLineNotAStackTrace()
    {
        using var silentChannel = new CountingListener(acceptAndHang: true);
        using var development = new BotHostFactory(
            new() { ["Bot:ConnectorTimeout"] = "00:00:01" },
            b => b.ConfigureServices(s => s.AddFakeLogging()));
        using var client = development.CreateClient();
        var activity = ActivityPost.Message("xin chào", "c-silent");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = $"http://127.0.0.1:{silentChannel.Port}/";

        using var response = await client.PostAsJsonAsync("/api/messages", activity);

        var logs = development.Services.GetFakeLogCollector().GetSnapshot();
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(silentChannel.Connections > 0);
        var warning = Assert.Single(logs, l => l.Message.StartsWith("Could not deliver a reply", StringComparison.Ordinal));
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(logs, l => l.Level >= LogLevel.Error);
    }

    private static BotHostFactory ProductionHost() => new(
        new() { ["Bot:AllowAnonymousMessages"] = "true" },
        b => b.UseEnvironment("Production"));

    private static Exception Unwrap(Exception exception) =>
        exception is AggregateException or InvalidOperationException && exception.InnerException is not null
            ? Unwrap(exception.InnerException!)
            : exception;

    /// <summary>A loopback TCP server that counts connections; it either closes them or holds them open without a byte.</summary>
    private sealed class CountingListener : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _held = [];
        private int _connections;

        public CountingListener(bool acceptAndHang = false)
        {
            _listener.Start();
            _ = AcceptAsync(acceptAndHang);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public int Connections => Volatile.Read(ref _connections);

        public void Dispose()
        {
            _listener.Stop();
            lock (_held)
            {
                _held.ForEach(c => c.Dispose());
            }
        }

        private async Task AcceptAsync(bool hang)
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptTcpClientAsync();
                    Interlocked.Increment(ref _connections);
                    if (hang)
                    {
                        lock (_held)
                        {
                            _held.Add(client);
                        }
                    }
                    else
                    {
                        client.Dispose();
                    }
                }
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }
    }
}
