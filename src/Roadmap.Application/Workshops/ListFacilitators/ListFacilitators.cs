using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Workshops.ListFacilitators;

/// <summary>The accounts with the Facilitator role, by name: whom a workshop form offers as co-facilitators.</summary>
[RequiresStaff]
public sealed record ListFacilitators : IRequest<IReadOnlyList<FacilitatorOption>>;

public sealed record FacilitatorOption(Guid Id, string DisplayName);

internal sealed class ListFacilitatorsHandler(UserManager<ApplicationUser> users) : IRequestHandler<ListFacilitators, IReadOnlyList<FacilitatorOption>>
{
    private static readonly StringComparer FrenchOrder = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase);

    public async Task<IReadOnlyList<FacilitatorOption>> Handle(ListFacilitators request, CancellationToken cancellationToken)
    {
        var facilitators = await users.GetUsersInRoleAsync(RoleNames.Facilitator);
        return [.. facilitators
            .OrderBy(u => u.DisplayName, FrenchOrder).ThenBy(u => u.Id)
            .Select(u => new FacilitatorOption(u.Id, u.DisplayName))];
    }
}
