using MediatR;
using Microsoft.AspNetCore.Authorization;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Roadmaps.Team.GetMyTeams;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// The authorisation policy of pages and menu entries for staff of at least one roadmap: global staff
/// (<see cref="Staff"/>) or a member of some roadmap's team. Only spares others a page they cannot use:
/// each use case checks the roadmap it acts on.
/// </summary>
public static class TeamPolicy
{
    public const string Name = "Team";

    public static AuthorizationBuilder AddTeamPolicy(this AuthorizationBuilder builder)
    {
        builder.Services.AddScoped<IAuthorizationHandler, AnyTeamHandler>();
        return builder.AddPolicy(Name, p => p.RequireAuthenticatedUser().AddRequirements(new AnyTeamRequirement()));
    }

    private sealed class AnyTeamRequirement : IAuthorizationRequirement;

    private sealed class AnyTeamHandler(IMediator mediator) : AuthorizationHandler<AnyTeamRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AnyTeamRequirement requirement)
        {
            if (Staff.Roles.Any(context.User.IsInRole) || (await mediator.Send(new GetMyTeams())).Count > 0)
            {
                context.Succeed(requirement);
            }
        }
    }
}
