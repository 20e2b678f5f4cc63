using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Moderation.ModerateComment;
using Roadmap.Application.Roadmaps.Team.FindPeople;
using Roadmap.Application.Roadmaps.Team.GetTeam;
using Roadmap.Application.Roadmaps.Team.GrantTeamRole;
using Roadmap.Application.Roadmaps.Team.RevokeTeamRole;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.CreateWorkshop;

namespace Roadmap.Application.Tests.Roadmaps.Team;

/// <summary>
/// The authorisation matrix of issue 10: platform role × team role (none, facilitator or manager, of
/// roadmap A or of another roadmap B) × every team command and every power scoped to a roadmap, all
/// sent on roadmap A. ✓ allowed, 401 asked to sign in, 403 refused. The workshop to cancel was
/// scheduled by an administrator: a global Facilitator cancels only the workshops they run.
/// </summary>
public sealed class AuthorisationMatrixTests() : ApplicationTest(frozenClock: true)
{
    private const string Yes = "✓";
    private const string No = "403";
    private const string SignIn = "401";
    private const string Anonymous = "anonyme";

    public static TheoryData<string, string, string, string, string, string, string, string, string> Matrix
    {
        get
        {
            // global role, team role → change A's team (grant, revoke, find people), read A's team,
            // moderate a comment of A, moderate an action of A, review an action of A, schedule on A, cancel on A
            var data = new TheoryData<string, string, string, string, string, string, string, string, string>
            {
                { Anonymous, "aucun", SignIn, SignIn, SignIn, SignIn, SignIn, SignIn, SignIn },
            };
            foreach (var role in new[] { RoleNames.Citizen, RoleNames.Actor, RoleNames.ElectedOfficial, RoleNames.Facilitator, RoleNames.Administrator })
            {
                foreach (var team in new[] { "aucun", "animateur·rice de A", "gestionnaire de A", "animateur·rice de B", "gestionnaire de B" })
                {
                    var admin = role == RoleNames.Administrator;
                    var globalStaff = admin || role == RoleNames.Facilitator;
                    var managesA = admin || team == "gestionnaire de A";
                    var teamOfA = globalStaff || team.EndsWith(" de A", StringComparison.Ordinal);
                    var runsA = admin || team.EndsWith(" de A", StringComparison.Ordinal);
                    string M(bool allowed) => allowed ? Yes : No;
                    data.Add(role, team, M(managesA), M(teamOfA), M(teamOfA), M(teamOfA), M(teamOfA), M(teamOfA), M(runsA));
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task AuthorisationMatrixOnRoadmapA(
        string globalRole, string teamRole, string changeTeam, string readTeam,
        string moderateComment, string moderateAction, string review, string schedule, string cancel)
    {
        var scene = await TeamScene.StartAsync(Host);
        var (role, side) = teamRole switch
        {
            "animateur·rice de A" => ((TeamRole?)TeamRole.Facilitator, scene.A),
            "gestionnaire de A" => (TeamRole.Manager, scene.A),
            "animateur·rice de B" => (TeamRole.Facilitator, scene.B),
            "gestionnaire de B" => (TeamRole.Manager, scene.B),
            _ => (null, null),
        };
        await scene.SignInAsync(globalRole == Anonymous ? null : globalRole, role, side);
        var a = scene.A;
        var newcomer = await Host.NewUserAsync("Dominique Nouvelle");

        string[] teamChanges =
        [
            await OutcomeAsync(() => Host.SendAsync(new GrantTeamRole(a.Slug, newcomer, TeamRole.Facilitator))),
            await OutcomeAsync(() => Host.SendAsync(new RevokeTeamRole(a.Slug, a.FacilitatorId))),
            await OutcomeAsync(() => Host.SendAsync(new FindPeople(a.Slug, "Dominique"))),
        ];
        var outcomes = new[]
        {
            string.Join(" / ", teamChanges.Distinct()),
            await OutcomeAsync(() => Host.SendAsync(new GetTeam(a.Slug))),
            await OutcomeAsync(() => Host.SendAsync(new ModerateComment(a.Comment.Id, ModerationDecision.Hide, "Hors sujet"))),
            await OutcomeAsync(() => Host.SendAsync(new ModerateAction(a.ActionToModerate.Id, ModerationDecision.Hide, "Doublon"))),
            await OutcomeAsync(() => Host.SendAsync(new ReviewAction(a.ActionToReview.Id, ActionStatus.UnderReview))),
            await OutcomeAsync(() => Host.SendAsync(new CreateWorkshop(a.Slug, WorkshopScene.Draft(a.Roadmap)))),
            await OutcomeAsync(() => Host.SendAsync(new CancelWorkshop(a.WorkshopId, "Salle indisponible"))),
        };

        Assert.Equal([changeTeam, readTeam, moderateComment, moderateAction, review, schedule, cancel], outcomes);
    }

    private static async Task<string> OutcomeAsync<T>(Func<Task<T>> send)
    {
        try
        {
            await send();
            return Yes;
        }
        catch (UnauthenticatedException)
        {
            return SignIn;
        }
        catch (ForbiddenException)
        {
            return No;
        }
    }
}
