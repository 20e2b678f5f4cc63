using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Transactions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Account.ConfirmAddress;

/// <summary>
/// Opens the link of the confirmation mail: the account's address is confirmed. False when the link
/// is unknown, edited or expired (nothing changes). Opening a valid link again is still true.
/// Anyone may send it: the link may be opened in another browser than the one that registered.
/// </summary>
[OwnTransaction(AccountTransactions.Reason + " One write: Identity saves the confirmation alone.")]
public sealed record ConfirmAddress(Guid UserId, string Code) : IRequest<bool>;

internal sealed class ConfirmAddressHandler(UserManager<ApplicationUser> users) : IRequestHandler<ConfirmAddress, bool>
{
    public async Task<bool> Handle(ConfirmAddress request, CancellationToken cancellationToken)
    {
        if (AccountCodes.Decode(request.Code) is not { } token || await users.FindByIdAsync(request.UserId.ToString()) is not { } user)
        {
            return false;
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
