using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Mail;

/// <summary>
/// Outside Development until an SMTP server is configured (issue 12): nothing can be sent. Callers
/// check <see cref="IMailAvailability.CanSend"/> first; reaching this sender is a bug, not a silent loss.
/// </summary>
internal sealed class UnavailableMailSender : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) => throw Unavailable();

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) => throw Unavailable();

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) => throw Unavailable();

    private static InvalidOperationException Unavailable() =>
        new("No mail sender is configured: check IMailAvailability.CanSend before sending.");
}
