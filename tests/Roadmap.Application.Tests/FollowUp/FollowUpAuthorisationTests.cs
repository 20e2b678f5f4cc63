using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.ChooseProgressRule;
using Roadmap.Application.FollowUp.FindPilotCandidates;
using Roadmap.Application.FollowUp.FlagActionDifficulty;
using Roadmap.Application.FollowUp.GetFollowUpControls;
using Roadmap.Application.FollowUp.SetActionPilots;
using Roadmap.Application.FollowUp.SetActionProgress;
using Roadmap.Application.FollowUp.SetBudgetYears;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// Who may name pilots (the roadmap's managers) and who may report on an action (its pilots and those
/// managers), role by role: ✓ allowed, 401 asked to sign in, 403 refused.
/// </summary>
public sealed class FollowUpAuthorisationTests() : ApplicationTest(frozenClock: true)
{
    private FollowUpScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await FollowUpScene.StartAsync(Host);

    [Theory]
    [InlineData("anonyme", "401", "401")]
    [InlineData("citoyen·ne", "403", "403")]
    [InlineData("pilote", "403", "✓")]
    [InlineData("pilote d'une autre action", "403", "403")]
    [InlineData("animateur·rice de l'équipe", "403", "403")]
    [InlineData("animation de la plateforme", "403", "403")]
    [InlineData("gestionnaire", "✓", "✓")]
    [InlineData("gestionnaire d'une autre feuille", "403", "403")]
    [InlineData("administrateur·rice", "✓", "✓")]
    public async Task NamingPilotsIsForManagersAndReportingForPilotsAndManagers(string who, string namePilots, string report)
    {
        await _scene.SignInAsAsync(who);
        var id = _scene.Action.Id;

        Assert.Equal(namePilots, await OutcomeAsync(new SetActionPilots(id, [_scene.PartnerId])));
        Assert.Equal(namePilots, await OutcomeAsync(new FindPilotCandidates(id, "Paul")));
        Assert.Equal(report, await OutcomeAsync(new FlagActionDifficulty(id, ActionDifficulty.Late, "Le recrutement a pris trois mois.")));
        Assert.Equal(report, await OutcomeAsync(new SetActionProgress(id, 30, "Premières permanences ouvertes.")));
        Assert.Equal(report, await OutcomeAsync(new ChooseProgressRule(id, ProgressRule.FromIndicators)));
        Assert.Equal(report, await OutcomeAsync(new SetBudgetYears(id, [new BudgetYearInput(2026, 50_000, 12_000)])));
        var controls = await Host.SendAsync(new GetFollowUpControls(id));
        Assert.Equal(namePilots == "✓", controls.CanManagePilots);
        Assert.Equal(report == "✓", controls.CanReport);
    }

    private async Task<string> OutcomeAsync<T>(MediatR.IRequest<T> request)
    {
        try
        {
            await Host.SendAsync(request);
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
