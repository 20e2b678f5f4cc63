using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Workshops.ListFacilitators;

/// <summary>The accounts with the Facilitator role, by name: whom a workshop form offers as co-facilitators.</summary>
[RequiresStaff]
public sealed record ListFacilitators : Common.Interfaces.IQuery<IReadOnlyList<FacilitatorOption>>;

public sealed record FacilitatorOption(Guid Id, string DisplayName);

internal sealed class ListFacilitatorsHandler(UserManager<ApplicationUser> users) : IRequestHandler<ListFacilitators, IReadOnlyList<FacilitatorOption>>
{
    public async Task<IReadOnlyList<FacilitatorOption>> Handle(ListFacilitators request, CancellationToken cancellationToken)
    {
        var facilitators = await users.GetUsersInRoleAsync(RoleNames.Facilitator);
        return [.. facilitators
            .OrderBy(u => u.DisplayName, FrenchFormat.Order).ThenBy(u => u.Id)
            .Select(u => new FacilitatorOption(u.Id, u.DisplayName))];
    }
}
