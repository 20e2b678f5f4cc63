using StackExchange.Redis;

namespace Roadmap.Web.Infrastructure.Redis;

/// <summary>
/// The node's one connection to the Redis of <c>SignalR:Redis</c> for its own uses: the public page cache's store,
/// the public data's generation shared by the nodes, and the « redis » health check. SignalR's backplane keeps the
/// connection it opens for its subscriptions. Redis away must hold nothing: the connection is opened in the
/// background and kept trying, and a command while it is down fails at once instead of waiting in a queue.
/// </summary>
internal sealed class SharedRedis(string configuration) : IAsyncDisposable
{
    /// <summary>A command Redis leaves unanswered this long is failed: a page waits no more for it.</summary>
    public const int CommandTimeoutMilliseconds = 2000;

    private readonly Lazy<Task<IConnectionMultiplexer>> _connection = new(() => ConnectAsync(configuration));

    public Task<IConnectionMultiplexer> ConnectionAsync() => _connection.Value;

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.AsyncTimeout = CommandTimeoutMilliseconds;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }
}
