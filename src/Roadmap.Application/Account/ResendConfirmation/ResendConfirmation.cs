using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Account.Mails;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.ResendConfirmation;

/// <summary>
/// Sends a new address confirmation link to an account not yet confirmed (at most one every two
/// minutes). Anyone may send it; nothing in the answer says whether the address has an account or
/// is already confirmed. Sign-in sends it too when it refuses an unconfirmed account.
/// </summary>
[OwnTransaction(AccountTransactions.Reason)]
public sealed record ResendConfirmation(string Email) : IRequest<Unit>;

internal sealed class ResendConfirmationHandler(
    UserManager<ApplicationUser> users, IRoadmapDbContext db, Outbox outbox, AfterCommit afterCommit, IPublicUrls urls, TimeProvider clock)
    : IRequestHandler<ResendConfirmation, Unit>
{
    public async Task<Unit> Handle(ResendConfirmation request, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is not { EmailConfirmed: false } user)
        {
            return Unit.Value;
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await AccountTransactions.WriteRateLimitedAsync(
            db, afterCommit, outbox, clock, user, MailKind.AddressConfirmation, AccountMails.Confirmation(urls, user, token), cancellationToken);
        return Unit.Value;
    }
}

internal sealed class ResendConfirmationValidator : AbstractValidator<ResendConfirmation>
{
    public ResendConfirmationValidator()
    {
        RuleFor(x => x.Email).MailAddress();
    }
}
