using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Tests.Account;

/// <summary>Keeps the links the app "sends", so a test can follow them as the recipient would.</summary>
public sealed class CapturingEmailSender : IEmailSender<ApplicationUser>
{
    private readonly ConcurrentQueue<(string Email, string Link)> _resetLinks = new();

    public IReadOnlyList<string> ResetLinksFor(string email) =>
        [.. _resetLinks.Where(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase)).Select(m => m.Link)];

    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => Task.CompletedTask;

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink)
    {
        _resetLinks.Enqueue((email, WebUtility.HtmlDecode(resetLink)));
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => Task.CompletedTask;
}
