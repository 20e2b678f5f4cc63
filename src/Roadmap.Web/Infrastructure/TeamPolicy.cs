using Microsoft.AspNetCore.Authorization;

namespace Roadmap.Web.Infrastructure;

/// <summary>
/// The authorisation policy of pages and menu entries for staff of at least one roadmap: global staff
/// or a member of some roadmap's team (<see cref="Roadmap.Application.Account.GetMyMenu.MyMenu.MayModerate"/>, read once
/// with the header's menu). Only spares others a page they cannot use: each use case checks the roadmap it acts on.
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

    private sealed class AnyTeamHandler(RequestMenu menu) : AuthorizationHandler<AnyTeamRequirement>
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AnyTeamRequirement requirement)
        {
            if ((await menu.GetAsync()).MayModerate)
            {
                context.Succeed(requirement);
            }
        }
    }
}
