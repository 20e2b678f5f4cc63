using System.Net;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account;

/// <summary>
/// Stands in for an email service, which the platform does not have yet: the links are written to
/// the log, where an operator (or a developer) can pick them up. Replace before relying on
/// self-service password resets in production: whoever reads the logs can use these links.
/// </summary>
internal sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender<ApplicationUser>
{
    // Identity hands over HTML-encoded links (they are meant for an HTML email); the log wants them clickable.
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink)
    {
        LogConfirmationLink(email, WebUtility.HtmlDecode(confirmationLink));
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink)
    {
        LogPasswordResetLink(email, WebUtility.HtmlDecode(resetLink));
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode)
    {
        LogPasswordResetCode(email, resetCode);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email confirmation link for {Email}: {Link}")]
    private partial void LogConfirmationLink(string email, string link);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset link for {Email}: {Link}")]
    private partial void LogPasswordResetLink(string email, string link);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password reset code for {Email}: {Code}")]
    private partial void LogPasswordResetCode(string email, string code);
}
