using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.FollowUp;

/// <summary>
/// Who may be named pilot of an action: a person of its carrying organisation or of one of its partner
/// organisations (those who carry it out; the territories it concerns do not), or a member of its
/// roadmap's team. The one home of this rule, for the naming and for the candidate search.
/// </summary>
internal static class PilotEligibility
{
    public static IQueryable<ApplicationUser> EligibleUsers(IRoadmapDbContext db, RoadmapAction action)
    {
        var organisations = OrganisationsOf(action);
        return db.Users.Where(u => (u.OrganisationId != null && organisations.Contains(u.OrganisationId.Value))
            || db.TeamMembers.Any(m => m.RoadmapId == action.RoadmapId && m.UserId == u.Id));
    }

    public static string NotEligible(IEnumerable<string> names) =>
        $"Ne peut pas piloter cette action (ni membre de l'organisation porteuse ou d'une organisation partenaire, ni de l'équipe de la feuille de route) : {string.Join(", ", names)}.";

    private static List<Guid> OrganisationsOf(RoadmapAction action) =>
        [.. action.OrganisationLinks.Where(l => l.Role == ActionOrganisationRole.Partner).Select(l => l.OrganisationId)
            .Concat(action.OrganisationId is { } carrying ? [carrying] : [])
            .Distinct()];
}
