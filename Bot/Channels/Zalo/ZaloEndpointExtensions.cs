using Bot.Channels.Zalo;

// In the routing namespace so Program.cs needs only the one call.
namespace Microsoft.AspNetCore.Builder;

public static class ZaloEndpointExtensions
{
    /// <summary>Maps <c>POST /api/zalo</c> when <c>AddZalo</c> enabled the channel; otherwise nothing.</summary>
    public static IEndpointRouteBuilder MapZalo(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<ZaloChannelMarker>() is not null)
        {
            endpoints.MapPost(ZaloWebhookEndpoint.Route, ZaloWebhookEndpoint.HandleAsync).WithName("ZaloWebhook");
        }

        return endpoints;
    }
}
