using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Behaviours;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;

namespace Roadmap.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers MediatR 5.1 (the only version served here) by hand: the mediator, every handler of
    /// this assembly and the pipeline (one request at a time per scope → forget the viewer after a command → logging → authorisation → validation → shared reads → transaction). An upgrade is one edit here.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        var handlerInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>) };
        foreach (var type in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddScoped(contract, type);
            }
        }

        services.AddScoped<RequestQueue>();
        services.AddSingleton<PublicDataGeneration>();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(OneRequestAtATimeBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ForgetViewerAfterCommandBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(SharedReadBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped<AfterCommit>();
        services.AddScoped<Common.Security.Viewer>();
        services.AddScoped<Common.Security.IViewerReadAhead>(provider => provider.GetRequiredService<Common.Security.Viewer>());
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<Following.Notifier>();
        services.AddScoped<Common.Mail.Outbox>();
        services.AddSingleton<Common.Mail.OutboxBacklog>();
        services.AddSingleton<Common.Metrics.RoadmapMetrics>();
        services.AddScoped<Workshops.Registration.WorkshopMailer>();
        services.AddSingleton<Workshops.Polls.ClosedPollCounts>();
        services.AddSingleton<Workshops.GetWorkshopState.RoomSnapshots>();
        services.AddSingleton<Workshops.GetWorkshopState.OwnParts>();
        services.AddSingleton<Workshops.CastBallot.BallotBatches>();
        services.AddSingleton<Workshops.JoinWorkshop.JoinBatches>();
        services.AddSingleton<Workshops.GetWorkshopState.RoomReads>();
        services.AddScoped(sp => new Territories.ImportTerritory.TerritoryImporter(sp.GetRequiredService<IRoadmapDbContext>(), sp.GetRequiredService<Territories.ITerritoryData>(), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// Keeps the answers of <see cref="ISharedRead{TResponse}"/> for every caller (docs/decisions/039-shared-read-cache.md).
    /// Only for a host whose committed writes advance <see cref="PublicDataGeneration"/> on every node that keeps them:
    /// elsewhere a write would not reach the kept answers for up to <see cref="SharedReadCache.Lifetime"/>.
    /// </summary>
    public static IServiceCollection AddSharedReadCache(this IServiceCollection services) => services.AddSingleton<SharedReadCache>();

    /// <summary>
    /// Registers the host's <see cref="ILiveNotifier"/> (SignalR in the web app, a recorder in tests)
    /// behind the one handlers receive, which holds each event until the use case's writes commit.
    /// </summary>
    public static IServiceCollection AddLiveNotifier<TNotifier>(this IServiceCollection services, Func<IServiceProvider, TNotifier>? create = null)
        where TNotifier : class, ILiveNotifier
    {
        if (create is null)
        {
            services.AddSingleton<TNotifier>();
        }
        else
        {
            services.AddSingleton(create);
        }

        services.AddScoped<ILiveNotifier>(sp => new AfterCommitLiveNotifier(sp.GetRequiredService<TNotifier>(), sp.GetRequiredService<AfterCommit>()));
        return services;
    }
}
