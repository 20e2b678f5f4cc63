using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Account.Mails;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RequestPasswordReset;

/// <summary>
/// « Mot de passe oublié » : the account of <see cref="Email"/>, if any, gets a link to choose a new
/// password (at most one mail every two minutes). An unknown address gets the same answer and no
/// mail. The caller first checks that mail can leave at all (<see cref="IMailAvailability"/>), so
/// no token is made for nobody to receive.
/// </summary>
[OwnTransaction(AccountTransactions.Reason)]
public sealed record RequestPasswordReset(string Email) : IRequest<Unit>;

internal sealed class RequestPasswordResetHandler(
    UserManager<ApplicationUser> users, IRoadmapDbContext db, Outbox outbox, AfterCommit afterCommit, IPublicUrls urls, TimeProvider clock)
    : IRequestHandler<RequestPasswordReset, Unit>
{
    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(request.Email.Trim()) is not { Email: not null } user)
        {
            return Unit.Value;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await AccountTransactions.WriteRateLimitedAsync(
            db, afterCommit, outbox, clock, user, MailKind.PasswordReset, AccountMails.PasswordReset(urls, user, token), cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator()
    {
        RuleFor(x => x.Email).MailAddress();
    }
}
