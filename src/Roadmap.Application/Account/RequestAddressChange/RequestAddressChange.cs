using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Account.Mails;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RequestAddressChange;

/// <summary>
/// Asks to move the current account to <see cref="NewEmail"/>, with its password typed again. The new
/// address gets a confirmation link (the address changes only when it is opened) and the current one
/// a notice. An address already taken gets the same answer: its owner gets a notice instead of a
/// link, so the form tells nobody who has an account.
/// </summary>
[RequiresRole]
[OwnTransaction("A wrong password counts as a failed attempt although the change is refused; the token is made before the transaction (AccountTransactions).")]
public sealed record RequestAddressChange(string NewEmail, string Password) : IRequest<Unit>;

internal sealed class RequestAddressChangeHandler(
    IRoadmapDbContext db, ICurrentUser current, UserManager<ApplicationUser> users, Outbox outbox, AfterCommit afterCommit, IPublicUrls urls, TimeProvider clock)
    : IRequestHandler<RequestAddressChange, Unit>
{
    public async Task<Unit> Handle(RequestAddressChange request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(current.RequireId().ToString()) ?? throw new UnauthenticatedException();
        var newEmail = request.NewEmail.Trim();
        if (string.Equals(users.NormalizeEmail(newEmail), user.NormalizedEmail, StringComparison.Ordinal))
        {
            throw ValidationFailedException.For(nameof(RequestAddressChange.NewEmail), "C'est déjà l'adresse de votre compte.");
        }

        await AccountPasswords.ConfirmAsync(users, user, request.Password, nameof(RequestAddressChange.Password));
        var owner = await users.FindByEmailAsync(newEmail);
        var code = owner is null ? await users.GenerateChangeEmailTokenAsync(user, newEmail) : null;
        await AccountTransactions.WriteAsync(db, afterCommit, async token =>
        {
            if (code is not null)
            {
                outbox.Add(new MailRecipient(newEmail, user.DisplayName, user.Id), MailKind.AddressChange, AccountMails.AddressChange(urls, user, newEmail, code));
            }
            else if (await MailRate.AllowsAsync(db, owner!.Id, MailKind.RegistrationAttempt, clock.GetUtcNow(), token))
            {
                outbox.Add(AccountMails.To(owner), MailKind.RegistrationAttempt, AccountMails.AddressTaken(urls, owner));
            }

            outbox.Add(AccountMails.To(user), MailKind.AddressChangeNotice, AccountMails.AddressChangeNotice(urls, user));
        }, cancellationToken);
        return Unit.Value;
    }
}
