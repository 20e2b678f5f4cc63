using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Infrastructure;

namespace Roadmap.Application.Tests.Participation;

/// <summary>
/// Many different people sending requests at the same time, on the database of an
/// <see cref="ApplicationHost"/>. The host speaks as one shared <see cref="TestCurrentUser"/>;
/// here each request gets its own scope and its own caller, as concurrent HTTP requests do.
/// </summary>
internal sealed class ParallelCallers : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ParallelCallers(IReadOnlyDictionary<string, string?> databaseSettings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(databaseSettings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddApplication().AddInfrastructure(configuration, Path.GetTempPath());
        services.AddScoped<TestCurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<TestCurrentUser>());
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static ParallelCallers OnDatabaseOf(ApplicationHost host) => new(host.DatabaseSettings);

    /// <summary>Sends <paramref name="request"/> as <paramref name="userId"/>, in a scope of its own.</summary>
    public async Task<TResponse> SendAsAsync<TResponse>(Guid userId, Guid? organisationId, string role, IRequest<TResponse> request)
    {
        // Off the caller's thread at once, so that all requests of a batch really overlap.
        await Task.Yield();
        await using var scope = _provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestCurrentUser>().SignIn(userId, organisationId, role);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
