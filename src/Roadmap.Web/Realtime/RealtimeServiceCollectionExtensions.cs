using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Roadmap.Application;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Hubs;
using Roadmap.Web.Infrastructure.Redis;

namespace Roadmap.Web.Realtime;

internal static class RealtimeServiceCollectionExtensions
{
    public const string HubPolicy = "WorkshopHub";

    /// <summary>
    /// The live workshop room: SignalR (JSON camelCase, enums as strings, 32 KB messages, no detailed
    /// errors), the Redis backplane when <c>SignalR:Redis</c> is set, the notifier the Application
    /// uses (and the « redis » health check), the coalescer, the poll and session sweepers, and the bearer token read from <c>access_token</c>
    /// on /hubs (browsers cannot set headers on WebSockets).
    /// </summary>
    public static IServiceCollection AddWorkshopRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RealtimeOptions.Section);
        services.Configure<RealtimeOptions>(section);
        var options = section.Get<RealtimeOptions>() ?? new RealtimeOptions();

        var signalR = services.AddSignalR(o =>
            {
                o.EnableDetailedErrors = false;
                o.MaximumReceiveMessageSize = options.MaximumReceiveMessageSize;
                o.AddFilter<WorkshopHubFilter>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            signalR.AddStackExchangeRedis(options.Redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(options.RedisPrefix));
            services.AddSharedRedis(options.Redis);
            services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(3));
        }

        // Refusals reach SignalR's dispatcher as HubExceptions, which it logs as errors with a stack trace;
        // WorkshopHubFilter already logs the unexpected ones, so the dispatcher's copy is noise.
        services.AddLogging(b => b.AddFilter("Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher", LogLevel.Critical));
        services.AddSingleton<WorkshopHubFilter>();
        services.AddSingleton<HubRateLimiter>();
        services.AddSingleton<HubConnectionCap>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<LiveNode>();
        services.AddSingleton<LiveCoalescer>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveCoalescer>());
        services.AddSingleton<LiveMarkRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveMarkRelay>());
        services.AddSingleton<RoomDepartures>();
        services.AddHostedService(sp => sp.GetRequiredService<RoomDepartures>());
        services.AddHostedService<PollExpirySweeper>();
        services.AddHostedService<PhaseAdvanceSweeper>();
        services.AddSingleton<SignedInConnections>();
        services.AddHostedService<SessionSweeper>();
        services.AddLiveNotifier<SignalRLiveNotifier>();

        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, o => o.Events.OnMessageReceived = context =>
        {
            if (context.HttpContext.Request.Path.StartsWithSegments(WorkshopHubEndpoints.PathPrefix)
                && context.Request.Query["access_token"].FirstOrDefault() is { Length: > 0 } token)
            {
                context.Token = token;
            }

            return Task.CompletedTask;
        });

        // The room is open to guests: the policy only makes the hub read the cookie and the bearer token.
        services.AddAuthorizationBuilder().AddPolicy(HubPolicy, p => p
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
            .RequireAssertion(_ => true));
        return services;
    }
}
