using System.Text.RegularExpressions;
using System.Web;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Account;

/// <summary>The account mails of the outbox, and the parameters of their links.</summary>
internal static partial class AccountMailTestSupport
{
    public static Task<List<OutboxMail>> MailsAsync(this ApplicationHost host, string address, MailKind kind) =>
        host.WithDbAsync(db => db.OutboxMails.Where(m => m.ToAddress == address && m.Kind == kind).ToListAsync());

    /// <summary>The query parameter <paramref name="name"/> of the mail's link to <paramref name="path"/>.</summary>
    public static string LinkParameter(OutboxMail mail, string path, string name)
    {
        var link = Assert.Single(Link().Matches(mail.TextBody).Select(m => new Uri(m.Value)), u => u.AbsolutePath == path);
        Assert.Equal("https://roadmap.test", link.GetLeftPart(UriPartial.Authority));
        return HttpUtility.ParseQueryString(link.Query)[name] ?? throw new InvalidOperationException($"No {name} in {link}.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
