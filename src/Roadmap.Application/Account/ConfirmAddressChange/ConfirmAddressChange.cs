using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.ConfirmAddressChange;

/// <summary>
/// Opens the link sent to a new address: the account's address (and its user name, which is the
/// address) becomes <see cref="Email"/>, confirmed, and every session of the account ends (the
/// security stamp changes). False when the link is unknown, edited or expired, or the address was
/// taken meanwhile: nothing changes. Opening it again once done is still true.
/// </summary>
[OwnTransaction(AccountTransactions.Reason)]
public sealed record ConfirmAddressChange(Guid UserId, string Email, string Code) : IRequest<bool>;

internal sealed class ConfirmAddressChangeHandler(UserManager<ApplicationUser> users, IRoadmapDbContext db, AfterCommit afterCommit) : IRequestHandler<ConfirmAddressChange, bool>
{
    public async Task<bool> Handle(ConfirmAddressChange request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim();
        if (await users.FindByIdAsync(request.UserId.ToString()) is not { } user)
        {
            return false;
        }

        if (string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Checked first outside the transaction (which loads the key ring), then again by ChangeEmailAsync.
        if (AccountCodes.Decode(request.Code) is not { } token
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<ApplicationUser>.GetChangeEmailTokenPurpose(email), token))
        {
            return false;
        }

        return await afterCommit.InTransactionAsync(db, async _ =>
        {
            if (!(await users.ChangeEmailAsync(user, email, token)).Succeeded)
            {
                return false;
            }

            var renamed = await users.SetUserNameAsync(user, email);
            if (!renamed.Succeeded)
            {
                // The address without the user name would leave sign-in and the address disagreeing: roll both back.
                throw new ConflictException(string.Join(" ", renamed.Errors.Select(e => e.Description)));
            }

            return true;
        }, cancellationToken);
    }
}
