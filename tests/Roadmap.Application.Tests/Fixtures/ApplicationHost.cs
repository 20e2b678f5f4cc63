using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>
/// Application + Infrastructure on a fresh SQLite file: handlers run exactly as in the app,
/// through the mediator and its pipeline. One host per test (xunit creates a class per test).
/// What the room would receive is recorded in <see cref="Live"/>; the clock is the system's unless
/// the host is started frozen (<see cref="StartFrozenAsync"/>). Setting
/// ROADMAP_APPLICATION_TESTS_POSTGRES to a server's connection string runs the same tests on a
/// fresh PostgreSQL database each: the provider production runs (test.sh runs the suite both ways).
/// </summary>
internal sealed class ApplicationHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-app-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _provider;
    private readonly ManualClock? _clock;

    private ApplicationHost(ManualClock? clock, bool sharedReads)
    {
        _clock = clock;
        Directory.CreateDirectory(_folder);
        DatabaseSettings = Postgres is { Length: > 0 } server
            ? new Dictionary<string, string?>
            {
                ["Database:Provider"] = "PostgreSql",
                ["ConnectionStrings:Roadmap"] = $"{server};Database=app_tests_{Guid.NewGuid():N}",
            }
            : new Dictionary<string, string?> { ["ConnectionStrings:Roadmap"] = $"Data Source={Path.Combine(_folder, "roadmap.db")}" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(DatabaseSettings).Build();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(Sql)
            .AddFilter<RecordedSql>(DbLoggerCategory.Database.Transaction.Name, LogLevel.Debug));
        services.AddApplication().AddInfrastructure(configuration, _folder);
        services.AddSingleton(User);
        // The user signed in on the host, unless a request is sent as someone else (SendAsAsync).
        services.AddScoped<ICurrentUser>(_ => Speaker.Value ?? User);
        services.AddLiveNotifier(_ => Live);
        services.AddSingleton<IPublicUrls>(new TestPublicUrls());
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        if (sharedReads)
        {
            services.AddSharedReadCache();
            services.AddSingleton<IPublicPageCache, AdvancingPublicPages>();
        }

        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Who a request sent with <see cref="SendAsAsync"/> speaks as, for that request's flow only.</summary>
    private static readonly AsyncLocal<ICurrentUser?> Speaker = new();

    private static string? Postgres => Environment.GetEnvironmentVariable("ROADMAP_APPLICATION_TESTS_POSTGRES");

    /// <summary>True when the hosts run on PostgreSQL (ROADMAP_APPLICATION_TESTS_POSTGRES), SQLite otherwise.</summary>
    public static bool OnPostgreSql => Postgres is { Length: > 0 };

    public TestCurrentUser User { get; } = new();

    /// <summary>The configuration that picks this host's database (provider, connection string), for another container on it.</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings { get; }

    public RecordingLiveNotifier Live { get; } = new();

    /// <summary>The SQL commands run so far (<see cref="RecordedSql.Clear"/> before the step a test looks at).</summary>
    public RecordedSql Sql { get; } = new();

    /// <summary>The clock the test moves by hand; only a host started frozen has one.</summary>
    public ManualClock Clock => _clock ?? throw new InvalidOperationException("This host runs on the system clock: start it with StartFrozenAsync.");

    /// <summary>A host on the system clock; with <paramref name="sharedReads"/>, one that keeps shared reads as the web app does.</summary>
    public static Task<ApplicationHost> StartAsync(bool sharedReads = false) => StartAsync(null, sharedReads);

    /// <summary>A host whose clock stands at <see cref="RoadmapBuilder.Now"/> until the test moves it.</summary>
    public static Task<ApplicationHost> StartFrozenAsync(bool sharedReads = false) => StartAsync(new ManualClock(RoadmapBuilder.Now), sharedReads);

    /// <summary>One of the host's singletons (the public data's generation, the shared read cache…).</summary>
    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>Sends a request in its own scope, as one HTTP request would.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>
    /// Sends a request as <paramref name="caller"/> without signing <see cref="User"/> in or out: requests of different
    /// people in flight together (the arrivals a batch gathers).
    /// </summary>
    public async Task<TResponse> SendAsAsync<TResponse>(ICurrentUser caller, IRequest<TResponse> request)
    {
        Speaker.Value = caller;
        return await SendAsync(request);
    }

    /// <summary>
    /// Sends a request and reads its answer in the same scope, as an endpoint that writes a streamed answer
    /// (an <c>IAsyncEnumerable</c> read from the request's DbContext) before its request ends.
    /// </summary>
    public async Task<T> SendAndReadAsync<TResponse, T>(IRequest<TResponse> request, Func<TResponse, Task<T>> read)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await read(await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request));
    }

    /// <summary>Runs <paramref name="work"/> in one scope, as the components of one page or the steps of one hub call do.</summary>
    public async Task<T> InOneScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>A scope the test ends itself (scopes held open together).</summary>
    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    /// <summary>Runs <paramref name="work"/> against the database directly (arrange and assert).</summary>
    public async Task<T> WithDbAsync<T>(Func<RoadmapDbContext, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RoadmapDbContext>());
    }

    public Task SaveAsync(params object[] entities) => WithDbAsync(async db =>
    {
        db.AddRange(entities);
        return await db.SaveChangesAsync();
    });

    /// <summary>Creates an account (no password) and returns its id.</summary>
    public async Task<Guid> NewUserAsync(string displayName = "Participant·e", Guid? organisationId = null)
    {
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            DisplayName = displayName,
            OrganisationId = organisationId,
            CreatedAt = RoadmapBuilder.Now,
        };
        user.UserName = user.Email = $"{user.Id:N}@test.roadmap.local";
        await SaveAsync(user);
        return user.Id;
    }

    private static async Task<ApplicationHost> StartAsync(ManualClock? clock, bool sharedReads)
    {
        var host = new ApplicationHost(clock, sharedReads);
        await DatabaseSetup.PrepareAsync(host._provider);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (Postgres is { Length: > 0 })
        {
            await WithDbAsync(async db => await db.Database.EnsureDeletedAsync());
        }

        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
