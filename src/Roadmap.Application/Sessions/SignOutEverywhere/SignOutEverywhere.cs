using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Sessions.SignOutEverywhere;

/// <summary>
/// Ends every session of the current account: its security stamp changes, so each of its cookies,
/// bearer and refresh tokens and workshop connections is refused at its next check, within a minute
/// (docs/decisions/009-session-lifetime.md). Signing out also sends it: a cookie cannot be revoked
/// alone. The caller then signs the current browser out.
/// </summary>
[RequiresRole]
public sealed record SignOutEverywhere : IRequest<Unit>;

internal sealed class SignOutEverywhereHandler(ICurrentUser current, UserManager<ApplicationUser> users) : IRequestHandler<SignOutEverywhere, Unit>
{
    public async Task<Unit> Handle(SignOutEverywhere request, CancellationToken cancellationToken)
    {
        // An account deleted meanwhile has no session left to end.
        if (await users.FindByIdAsync(current.RequireId().ToString()) is { } user)
        {
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded)
            {
                throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }

        return Unit.Value;
    }
}
