using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Roadmaps.Team.GetMyTeams;

namespace Roadmap.Web.Components.Pages.Roadmaps.Team;

/// <summary>Whether a page shows a roadmap's staff controls; the use cases check again.</summary>
internal static class TeamAccess
{
    /// <summary>Global staff, or a member of the roadmap's team.</summary>
    public static async Task<bool> IsTeamOfAsync(this IMediator mediator, ICurrentUser user, string slug) =>
        user.IsStaff() || (await mediator.Send(new GetMyTeams())).Any(t => t.Slug == slug);
}
