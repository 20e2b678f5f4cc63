using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Tests.Mail;

namespace Roadmap.Infrastructure.Tests.Mail;

/// <summary>
/// Two outbox workers on one database, each with its own service provider, running rounds at the same
/// time: the SMTP server receives each mail exactly once. PostgreSQL needs ROADMAP_TEST_POSTGRES (test.sh sets it).
/// </summary>
public sealed class TwoNodesTests
{
    private const int MailCount = 200;

    [Fact]
    public async Task TwoNodesOnOneSqliteFileSendEachMailOnce()
    {
        await using var database = SharedDatabase.Sqlite();
        await SendEachMailOnceAsync(database);
    }

    [SkippableFact]
    public async Task TwoNodesOnOnePostgreSqlDatabaseSendEachMailOnce()
    {
        var server = Environment.GetEnvironmentVariable("ROADMAP_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "ROADMAP_TEST_POSTGRES non défini : tests PostgreSQL ignorés (test.sh démarre un serveur)");

        await using var database = await SharedDatabase.PostgreSqlAsync(server!);
        await SendEachMailOnceAsync(database);
    }

    private static async Task SendEachMailOnceAsync(SharedDatabase database)
    {
        await using var first = await database.NodeAsync();
        await using var second = await database.NodeAsync();
        await using var smtp = TestSmtpServer.Start();
        var now = DateTimeOffset.UtcNow;
        await OutboxNode.SaveAsync(first, [.. Enumerable.Range(0, MailCount).Select(i => OutboxNode.Mail(now, to: $"personne{i}@exemple.fr"))]);

        await Task.WhenAll(RunAsync(first, smtp.Port), RunAsync(second, smtp.Port));

        var ids = smtp.Messages.Select(m => m.MessageId).ToList();
        Assert.Equal(MailCount, ids.Count);
        Assert.Equal(MailCount, ids.Distinct(StringComparer.Ordinal).Count());
        await using var scope = first.CreateAsyncScope();
        Assert.Equal(MailCount, await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().OutboxMails.CountAsync(m => m.SentAt != null && m.Attempts == 1));
    }

    /// <summary>A node's rounds until the outbox is empty: a round that lost every claim to the other node is followed by another.</summary>
    private static async Task RunAsync(IServiceProvider node, int port)
    {
        var dispatcher = OutboxNode.Dispatcher(node, port, TimeProvider.System, batchSize: 10);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            await dispatcher.DispatchAsync(CancellationToken.None);
            await using var scope = node.CreateAsyncScope();
            if (!await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().OutboxMails.AnyAsync(m => m.SentAt == null))
            {
                return;
            }
        }
    }
}
