using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.RegisterAccount;

/// <summary>
/// Opens a citizen account (display name, creation date, Citizen role). Anyone may send it. An address
/// that already has an account gets the same outcome as a new one, as far as the caller's visitor
/// can tell: same checks, same work (a password hash), no sign-in either way; only
/// <see cref="RegistrationOutcome"/> differs, for a notice to the owner (issue 12). The password is
/// never part of a log: the logging behaviour writes the request's type only.
/// </summary>
public sealed record RegisterAccount(string DisplayName, string Email, string Password) : IRequest<RegistrationOutcome>;

internal sealed class RegisterAccountHandler(UserManager<ApplicationUser> users, TimeProvider clock) : IRequestHandler<RegisterAccount, RegistrationOutcome>
{
    public async Task<RegistrationOutcome> Handle(RegisterAccount request, CancellationToken cancellationToken)
    {
        var user = ApplicationUser.Open(request.Email, request.DisplayName, clock.GetUtcNow());
        var email = user.Email!;
        await RegistrationChecks.PasswordAsync(users, user, request.Password);
        if (await users.FindByEmailAsync(email) is not null)
        {
            // The hash a new account would cost, so the answer takes as long.
            users.PasswordHasher.HashPassword(user, request.Password);
            return RegistrationOutcome.AddressAlreadyRegistered;
        }

        try
        {
            RegistrationChecks.Succeeded(await users.CreateAsync(user, request.Password));
        }
        catch (ValidationFailedException ex) when (ex.Errors.ContainsKey(RegistrationChecks.AddressTaken))
        {
            return RegistrationOutcome.AddressAlreadyRegistered;
        }
        catch (DbUpdateException)
        {
            // Registered meanwhile by a parallel request: the unique user name refused the second one.
            if (await users.FindByEmailAsync(email) is null)
            {
                throw;
            }

            return RegistrationOutcome.AddressAlreadyRegistered;
        }

        if (!(await users.AddToRoleAsync(user, RoleNames.Citizen)).Succeeded)
        {
            // An account without a role could do nothing: better no account (the transaction is rolled back) and a message.
            throw new ConflictException("Le compte n'a pas pu être créé. Réessayez dans quelques instants.");
        }

        return RegistrationOutcome.Created;
    }
}
