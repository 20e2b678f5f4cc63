using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Infrastructure.Mail;

/// <summary>
/// Unsubscribe tokens sealed with ASP.NET Data Protection (keys shared by every node through the
/// database). They do not expire: a mail read months later must still let its reader stop the next ones.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider provider) : IUnsubscribeTokens
{
    private const string AllTopics = "all";

    private readonly IDataProtector _protector = provider.CreateProtector("Roadmap.Mail.Unsubscribe.v1");

    public string Create(Guid userId, MailTopic? topic) =>
        _protector.Protect($"{userId:N}:{(topic is { } t ? ((int)t).ToString(CultureInfo.InvariantCulture) : AllTopics)}");

    public UnsubscribeToken? Read(string token)
    {
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = payload.Split(':');
        if (parts.Length != 2 || !Guid.TryParseExact(parts[0], "N", out var userId))
        {
            return null;
        }

        if (parts[1] == AllTopics)
        {
            return new UnsubscribeToken(userId, null);
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var topic) && Enum.IsDefined((MailTopic)topic)
            ? new UnsubscribeToken(userId, (MailTopic)topic)
            : null;
    }
}
