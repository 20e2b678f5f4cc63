using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Administration.ListUsers;

/// <summary>The accounts, by name, <see cref="PageSize"/> per page; <see cref="Query"/> searches email and display name.</summary>
[RequiresRole(RoleNames.Administrator)]
public sealed record ListUsers(string? Query = null, int Page = 1) : IQuery<UserPage>
{
    public const int PageSize = 20;
    public const int QueryMaxLength = 100;
}

internal sealed class ListUsersHandler(IRoadmapDbContext db, UserManager<ApplicationUser> users) : IRequestHandler<ListUsers, UserPage>
{
    public async Task<UserPage> Handle(ListUsers request, CancellationToken cancellationToken)
    {
        var accounts = db.Users.AsNoTracking();
        if (request.Query?.Trim() is { Length: > 0 } query)
        {
            var email = query.ToUpperInvariant();
            var name = query.ToLowerInvariant();
            accounts = accounts.Where(u => u.NormalizedEmail!.Contains(email) || u.DisplayName.ToLower().Contains(name));
        }

        var total = await accounts.CountAsync(cancellationToken);
        var page = await accounts
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((request.Page - 1) * ListUsers.PageSize)
            .Take(ListUsers.PageSize)
            .ToListAsync(cancellationToken);
        var organisationIds = page.Select(u => u.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var items = new List<UserSummary>(page.Count);
        foreach (var user in page)
        {
            // The role tables are Identity's: one small query per account, at most PageSize of them.
            var roles = await users.GetRolesAsync(user);
            items.Add(new UserSummary(user.Id, user.Email ?? "", user.DisplayName,
                user.OrganisationId is { } orgId ? organisations.GetValueOrDefault(orgId) : null,
                [.. RoleNames.All.Where(roles.Contains)], user.CreatedAt));
        }

        return new UserPage(items, request.Page, ListUsers.PageSize, total);
    }
}
