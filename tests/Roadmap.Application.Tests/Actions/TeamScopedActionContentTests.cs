using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Comments.ListComments;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateAction;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Actions;

/// <summary>
/// What the team of a roadmap may do with its actions that others may not, per role: read an action
/// hidden by moderation (and its comments), and propose on behalf of another organisation. The team of
/// roadmap B has no such power on roadmap A.
/// </summary>
public sealed class TeamScopedActionContentTests : ApplicationTest
{
    private const string Reads = "lit";
    private const string Hidden = "masquée";
    private const string Anonymous = "anonyme";

    private TerritorialRoadmap _a = default!;
    private TerritorialRoadmap _b = default!;
    private RoadmapAction _hidden = default!;
    private Organisation _commune = default!;

    public static TheoryData<string, string, string, bool, string> Roles => new()
    {
        // global role, team role → hidden action of A (details and comments), may choose an organisation on A's form, propose on A for another organisation
        { Anonymous, "aucun", Hidden, false, "401" },
        { RoleNames.Citizen, "aucun", Hidden, false, "403" },
        { RoleNames.Actor, "aucun", Hidden, false, "403" },
        { RoleNames.ElectedOfficial, "aucun", Hidden, false, "403" },
        { RoleNames.Citizen, "animateur·rice de A", Reads, true, "✓" },
        { RoleNames.Citizen, "gestionnaire de A", Reads, true, "✓" },
        { RoleNames.ElectedOfficial, "animateur·rice de B", Hidden, false, "403" },
        { RoleNames.Actor, "gestionnaire de B", Hidden, false, "403" },
        { RoleNames.Facilitator, "aucun", Reads, true, "✓" },
        { RoleNames.Administrator, "aucun", Reads, true, "✓" },
    };

    protected override async Task ArrangeAsync()
    {
        var rules = VotingRules.Open with { Proposers = ProposalEligibility.AllRegistered };
        var builderA = new RoadmapBuilder().WithSlug("feuille-a").InPhase(RoadmapPhase.Concertation).WithRules(rules);
        _a = builderA.Build();
        var builderB = new RoadmapBuilder().WithSlug("feuille-b").InPhase(RoadmapPhase.Concertation).WithRules(rules);
        _b = builderB.Build();
        _hidden = Drafts.Proposed(_a, await Host.NewUserAsync("Proposante"));
        _commune = Organisation.Create("Commune de Sablé-sur-Sarthe", OrganisationKind.Commune, "72264");
        await Host.SaveAsync(builderA.Owner, builderB.Owner, _commune, _a, _b, _hidden);
        Host.User.SignIn(await Host.NewUserAsync("Modération"), null, RoleNames.Administrator);
        await Host.SendAsync(new ModerateAction(_hidden.Id, ModerationDecision.Hide, "Hors sujet"));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task TheTeamOfTheRoadmapAloneReadsHiddenActionsAndChoosesTheOrganisation(
        string globalRole, string teamRole, string hiddenAction, bool mayChooseOrganisation, string proposeForAnother)
    {
        await SignInAsync(globalRole, teamRole);

        var outcomes = new
        {
            Details = await ReadsAsync(() => Host.SendAsync(new GetActionDetails(_a.Slug, _hidden.Id))),
            Comments = await ReadsAsync(() => Host.SendAsync(new ListComments(_hidden.Id))),
            Choose = (await Host.SendAsync(new GetActionFormOptions(_a.Slug))).MayChooseOrganisation,
            Propose = await OutcomeAsync(() => Host.SendAsync(ActionRequests.Proposal(_a, _commune.Id))),
        };

        Assert.Equal(new { Details = hiddenAction, Comments = hiddenAction, Choose = mayChooseOrganisation, Propose = proposeForAnother }, outcomes);
    }

    private async Task SignInAsync(string globalRole, string teamRole)
    {
        if (globalRole == Anonymous)
        {
            Host.User.SignOut();
            return;
        }

        var id = await Host.NewUserAsync("Camille Martin");
        (TeamRole Role, TerritorialRoadmap Roadmap)? team = teamRole switch
        {
            "animateur·rice de A" => (TeamRole.Facilitator, _a),
            "gestionnaire de A" => (TeamRole.Manager, _a),
            "animateur·rice de B" => (TeamRole.Facilitator, _b),
            "gestionnaire de B" => (TeamRole.Manager, _b),
            _ => null,
        };
        if (team is var (role, roadmap))
        {
            await Host.SaveAsync(RoadmapTeamMember.Grant(roadmap.Id, id, role, id, RoadmapBuilder.Now));
        }

        Host.User.SignIn(id, null, globalRole);
    }

    private static async Task<string> ReadsAsync<T>(Func<Task<T>> read)
    {
        try
        {
            await read();
            return Reads;
        }
        catch (HiddenByModerationException refused)
        {
            Assert.Equal("Hors sujet", refused.Reason);
            return Hidden;
        }
    }

    private static async Task<string> OutcomeAsync<T>(Func<Task<T>> send)
    {
        try
        {
            await send();
            return "✓";
        }
        catch (UnauthenticatedException)
        {
            return "401";
        }
        catch (ForbiddenException)
        {
            return "403";
        }
    }
}
