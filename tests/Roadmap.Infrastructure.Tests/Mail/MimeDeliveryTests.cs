using Microsoft.EntityFrameworkCore;
using MimeKit;
using Roadmap.Application.Domain.Mail;
using Roadmap.Infrastructure.Tests.Support;
using Roadmap.Tests.Mail;

namespace Roadmap.Infrastructure.Tests.Mail;

/// <summary>What a real SMTP server receives: no header a name or a title could add, Unicode intact, the right extra headers and parts.</summary>
public sealed class MimeDeliveryTests : IAsyncLifetime
{
    private const string Injection = "Camille\r\nBcc: evil@exemple.fr";
    private const string SubjectInjection = "Bonjour\nX-Injected: 1";

    private readonly SqliteTestDatabase _database = new();
    private TestSmtpServer _smtp = default!;

    public async Task InitializeAsync()
    {
        await _database.PrepareAsync(seedDemo: false);
        _smtp = TestSmtpServer.Start();
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ANameOrSubjectWithLineBreaksAddsNoHeader()
    {
        var received = await SendAsync(OutboxNode.Mail(DateTimeOffset.UtcNow, name: Injection, subject: SubjectInjection));

        AssertNoInjectedHeader(received);
    }

    [Fact]
    public async Task LineBreaksWrittenStraightIntoTheRowStillAddNoHeader()
    {
        var mail = OutboxNode.Mail(DateTimeOffset.UtcNow);
        await OutboxNode.SaveAsync(_database.Services, mail);
        await _database.QueryAsync(db => db.InTransactionAsync(
            ct => db.OutboxMails.Where(m => m.Id == mail.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ToName, Injection).SetProperty(m => m.Subject, SubjectInjection), ct),
            CancellationToken.None));

        var received = await SendAsync();

        AssertNoInjectedHeader(received);
    }

    [Fact]
    public async Task AUnicodeNameAndSubjectArriveIntact()
    {
        var received = await SendAsync(OutboxNode.Mail(DateTimeOffset.UtcNow, to: "elodie@exemple.fr", name: "Élodie Ñ 漢字", subject: "Atelier « été » 漢字"));

        Assert.Equal("Élodie Ñ 漢字", received.To.Mailboxes.Single().Name);
        Assert.Equal("Atelier « été » 漢字", received.Subject);
    }

    [Fact]
    public async Task OneClickUnsubscribeHeadersComeOnlyWithAnUnsubscribeAddress()
    {
        const string Unsubscribe = "https://roadmap.test/courriels/desabonnement/jeton";
        var stoppable = await SendAsync(OutboxNode.Mail(DateTimeOffset.UtcNow, to: "a@exemple.fr", extras: new MailExtras(Unsubscribe)));
        var personal = await SendAsync(OutboxNode.Mail(DateTimeOffset.UtcNow, to: "b@exemple.fr"));

        Assert.Equal($"<{Unsubscribe}>", stoppable.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", stoppable.Headers["List-Unsubscribe-Post"]);
        Assert.False(personal.Headers.Contains("List-Unsubscribe"));
        Assert.False(personal.Headers.Contains("List-Unsubscribe-Post"));
    }

    [Fact]
    public async Task AnIcsAttachmentArrivesWithItsContentType()
    {
        const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
        var attachment = new MailAttachment("atelier.ics", "text/calendar; method=REQUEST; charset=utf-8", Ics);

        var received = await SendAsync(OutboxNode.Mail(DateTimeOffset.UtcNow, extras: new MailExtras(Attachment: attachment)));

        var part = Assert.IsAssignableFrom<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("atelier.ics", part.FileName);
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        Assert.NotNull(part.Content);
        await part.Content.DecodeToAsync(content);
        Assert.Equal(Ics, System.Text.Encoding.UTF8.GetString(content.ToArray()));
    }

    private static void AssertNoInjectedHeader(MimeMessage received)
    {
        Assert.Empty(received.Bcc);
        Assert.False(received.Headers.Contains(HeaderId.Bcc));
        Assert.DoesNotContain(received.Headers, h => h.Field.Equals("X-Injected", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("camille@exemple.fr", Assert.Single(received.To.Mailboxes).Address);
    }

    private async Task<MimeMessage> SendAsync(OutboxMail? mail = null)
    {
        if (mail is not null)
        {
            await OutboxNode.SaveAsync(_database.Services, mail);
        }

        var before = _smtp.Messages.Count;
        await OutboxNode.DrainAsync(OutboxNode.Dispatcher(_database.Services, _smtp.Port, TimeProvider.System));
        return Assert.Single(_smtp.Messages.Skip(before));
    }
}
