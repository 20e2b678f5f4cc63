using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common.Security;

/// <summary>
/// Who asked, as they were when they asked: what a batch run by another caller's request reads later
/// (<see cref="Batching.CallerBatches{TKey, TItem, TResult}"/>), instead of the caller's own scoped user.
/// </summary>
internal sealed class CallerSnapshot : ICurrentUser
{
    private static readonly CallerSnapshot Anonymous = new(null, null, []);
    private readonly string[] _roles;

    private CallerSnapshot(Guid? id, Guid? organisationId, string[] roles)
    {
        Id = id;
        OrganisationId = organisationId;
        _roles = roles;
    }

    public Guid? Id { get; }

    public Guid? OrganisationId { get; }

    public static CallerSnapshot Of(ICurrentUser user) =>
        user.Id is null ? Anonymous : new(user.Id, user.OrganisationId, [.. RoleNames.All.Where(user.IsInRole)]);

    public bool IsInRole(string role) => _roles.Contains(role);
}
