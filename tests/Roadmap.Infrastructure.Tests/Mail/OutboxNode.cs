using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Roadmap.Application.Common.Mail;
using Roadmap.Infrastructure.Mail;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Infrastructure.Tests.Mail;

/// <summary>
/// One node of the outbox as the web host wires it: a dispatcher over its own service provider (its
/// own DbContexts and connections), sending over SMTP to 127.0.0.1:<c>port</c>, on the given clock.
/// </summary>
internal static class OutboxNode
{
    public const string From = "roadmap@exemple.fr";

    public static MailOptions Options(int port, int batchSize = 20) =>
        new() { Host = "127.0.0.1", Port = port, Security = MailSecurity.None, FromAddress = From, BatchSize = batchSize, TimeoutSeconds = 10 };

    public static OutboxDispatcher Dispatcher(IServiceProvider services, int port, TimeProvider clock, int batchSize = 20)
    {
        var options = Options(port, batchSize);
        return new OutboxDispatcher(services.GetRequiredService<IServiceScopeFactory>(), new SmtpMailTransport(options), new OutboxSignal(),
            options, clock, NullLogger<OutboxDispatcher>.Instance);
    }

    /// <summary>A mail as a use case writes it, to <paramref name="to"/>.</summary>
    public static OutboxMail Mail(DateTimeOffset now, string to = "camille@exemple.fr", string name = "Camille", string subject = "Votre adresse", MailExtras? extras = null) =>
        OutboxMail.Write(new MailRecipient(to, name, null), MailKind.Notification, new MailBuilder(subject).Greeting(name).Paragraph("Un message.").Build(), now, extras);

    public static async Task SaveAsync(IServiceProvider services, params OutboxMail[] mails)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        db.OutboxMails.AddRange(mails);
        await db.SaveChangesAsync();
    }

    public static async Task<OutboxMail> ReadAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    /// <summary>Rounds until nothing is left to claim, as the worker loops.</summary>
    public static async Task DrainAsync(OutboxDispatcher dispatcher)
    {
        while (await dispatcher.DispatchAsync(CancellationToken.None) > 0)
        {
        }
    }
}
