using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Account.Mails;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RegisterAccount;

/// <summary>
/// Opens a citizen account (display name, creation date, Citizen role). Anyone may send it. An address
/// that already has an account gets the same outcome as a new one, as far as the caller's visitor
/// can tell: same checks, same work (a password hash), no sign-in either way; only
/// <see cref="RegistrationOutcome"/> differs. The password is
/// never part of a log: the logging behaviour writes the request's type only. A new account, its role
/// and the mail with the link that confirms its address are written in one transaction (the key ring
/// the link's token needs is kept ready at start-up, see KeyRingAhead); the owner of a taken address
/// gets a notice instead (at most one every two minutes).
/// </summary>
public sealed record RegisterAccount(string DisplayName, string Email, string Password) : IRequest<RegistrationOutcome>;

internal sealed class RegisterAccountHandler(
    UserManager<ApplicationUser> users, IRoadmapDbContext db, Outbox outbox, IPublicUrls urls, TimeProvider clock)
    : IRequestHandler<RegisterAccount, RegistrationOutcome>
{
    public async Task<RegistrationOutcome> Handle(RegisterAccount request, CancellationToken cancellationToken)
    {
        var user = ApplicationUser.Open(request.Email, request.DisplayName, clock.GetUtcNow());
        var email = user.Email!;
        await RegistrationChecks.PasswordAsync(users, user, request.Password);
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            // The hash a new account would cost, so the answer takes as long.
            users.PasswordHasher.HashPassword(user, request.Password);
            return await NoticeOwnerAsync(owner, cancellationToken);
        }

        try
        {
            await CreateAsync(user, request.Password);
        }
        catch (ValidationFailedException ex) when (ex.Errors.ContainsKey(RegistrationChecks.AddressTaken))
        {
            return await users.FindByEmailAsync(email) is { } taken
                ? await NoticeOwnerAsync(taken, cancellationToken)
                : RegistrationOutcome.AddressAlreadyRegistered;
        }
        catch (DbUpdateException)
        {
            // Registered meanwhile by a parallel request: the unique user name refused the second one (EF rolled
            // back to its savepoint, the transaction goes on). The failed insert stays in this context, so nothing
            // more is saved: no notice (the first request mailed).
            if (await users.FindByEmailAsync(email) is null)
            {
                throw;
            }

            return RegistrationOutcome.AddressAlreadyRegistered;
        }

        var code = await users.GenerateEmailConfirmationTokenAsync(user);
        outbox.Add(AccountMails.To(user), MailKind.AddressConfirmation, AccountMails.Confirmation(urls, user, code));
        await db.SaveChangesAsync(cancellationToken);
        return RegistrationOutcome.Created;
    }

    private async Task CreateAsync(ApplicationUser user, string password)
    {
        RegistrationChecks.Succeeded(await users.CreateAsync(user, password));
        if (!(await users.AddToRoleAsync(user, RoleNames.Citizen)).Succeeded)
        {
            // An account without a role could do nothing: better no account (the transaction is rolled back) and a message.
            throw new ConflictException("Le compte n'a pas pu être créé. Réessayez dans quelques instants.");
        }
    }

    private async Task<RegistrationOutcome> NoticeOwnerAsync(ApplicationUser owner, CancellationToken cancellationToken)
    {
        if (await MailRate.AllowsAsync(db, owner.Id, MailKind.RegistrationAttempt, clock.GetUtcNow(), cancellationToken))
        {
            outbox.Add(AccountMails.To(owner), MailKind.RegistrationAttempt, AccountMails.RegistrationAttempt(urls, owner));
            await db.SaveChangesAsync(cancellationToken);
        }

        return RegistrationOutcome.AddressAlreadyRegistered;
    }
}
