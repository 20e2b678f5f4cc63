using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Administration.SetUserRoles;

/// <summary>
/// Replaces an account's roles. Returns the roles it now holds, in <see cref="RoleNames.All"/> order.
/// The security stamp changes, so within a minute every session of the account ends: its cookies and
/// bearer tokens are refused at their next stamp check, a refresh token no longer renews, and its
/// workshop connections are closed (docs/decisions/009-session-lifetime.md). The person signs in
/// again and gets the new roles.
/// </summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record SetUserRoles(Guid UserId, IReadOnlyList<string> Roles) : IRequest<IReadOnlyList<string>>;

internal sealed class SetUserRolesHandler(ICurrentUser current, UserManager<ApplicationUser> users) : IRequestHandler<SetUserRoles, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(SetUserRoles request, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(request.UserId.ToString()) ?? throw new NotFoundException("Le compte", request.UserId);
        var wanted = RoleNames.All.Where(request.Roles.Contains).ToList();
        if (user.Id == current.Id && !wanted.Contains(RoleNames.Administrator))
        {
            throw new ConflictException("Vous ne pouvez pas retirer votre propre rôle d'administrateur·rice : demandez-le à un·e autre administrateur·rice.");
        }

        var held = await users.GetRolesAsync(user);
        Check(await users.RemoveFromRolesAsync(user, held.Except(wanted)));
        Check(await users.AddToRolesAsync(user, wanted.Except(held)));
        Check(await users.UpdateSecurityStampAsync(user));
        return wanted;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new ConflictException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
