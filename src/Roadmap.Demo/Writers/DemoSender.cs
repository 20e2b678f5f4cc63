using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roadmap.Application;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Infrastructure;

namespace Roadmap.Demo.Writers;

/// <summary>
/// The demo's own composition, apart from the app's: Application and Infrastructure as every host
/// shares them, with the demo's <see cref="ICurrentUser"/> (the person acting) and
/// <see cref="TimeProvider"/> (when it happened), and no live delivery (<see cref="DemoLiveNotifier"/>). Each request runs in its own scope, through the
/// whole pipeline (authorisation, validation), as one HTTP request would.
/// </summary>
internal sealed class DemoSender : IAsyncDisposable
{
    private readonly DemoActor _actor = new();
    private readonly ServiceProvider _services;

    public DemoSender(IConfiguration configuration, string contentRoot, DateTimeOffset now, ILoggerFactory loggers)
    {
        Clock = new DemoClock(now);
        var services = new ServiceCollection();
        services.AddSingleton(loggers).AddLogging();
        services.AddApplication().AddInfrastructure(configuration, contentRoot);
        services.AddLiveNotifier<DemoLiveNotifier>();
        services.AddSingleton<IPublicUrls>(new DemoPublicUrls(configuration));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentUser>(_actor);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public DemoClock Clock { get; }

    /// <summary>Sends <paramref name="request"/> as <paramref name="person"/> (null: anonymous) at <paramref name="at"/>.</summary>
    public async Task<TResponse> SendAsync<TResponse>(DemoParticipant? person, DateTimeOffset at, IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        _actor.Become(person);
        Clock.Set(at);
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>Runs work that sends no request (<see cref="DirectWrites"/>, <see cref="DemoReads"/>) in a scope of its own, at <paramref name="at"/> or today.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work, DateTimeOffset? at = null)
    {
        _actor.Become(null);
        Clock.Set(at ?? Clock.Today);
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
