using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.ChooseProgressRule;
using Roadmap.Application.FollowUp.FlagActionDifficulty;
using Roadmap.Application.FollowUp.GetActionFollowUp;
using Roadmap.Application.FollowUp.GetFollowUpControls;
using Roadmap.Application.FollowUp.SetActionProgress;
using Roadmap.Application.FollowUp.SetBudgetYears;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions.FollowUp;

/// <summary>
/// The pilots of a retained action (or its roadmap's managers) report on it: difficulty, progress rule
/// and percent, budget per year. Four small forms; each comes back here with a <c>?statut=</c> confirmation.
/// </summary>
public sealed partial class ActionProgressPage
{
    private const string Saved = "enregistre";

    private ActionFollowUp? _followUp;
    private UseCaseError? _difficultyError;
    private UseCaseError? _ruleError;
    private UseCaseError? _percentError;
    private UseCaseError? _budgetError;

    [SupplyParameterFromForm(FormName = "difficulte")]
    private DifficultyInput Difficulty { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "regle")]
    private RuleInput Rule { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "pourcentage")]
    private PercentInput Percent { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "budget")]
    private BudgetYearsForm Budget { get; set; } = default!;

    private bool HasError => _difficultyError is not null || _ruleError is not null || _percentError is not null || _budgetError is not null;

    private string? StatusText => Status == Saved ? "La modification est enregistrée : elle s'affiche sur la page de l'action." : null;

    protected override async Task OnInitializedAsync()
    {
        if (await LoadFollowUpAsync(followedUpOnly: true) is not { } followUp)
        {
            return;
        }

        if (!(await Mediator.Send(new GetFollowUpControls(Id))).CanReport)
        {
            Refuse();
            return;
        }

        var f = _followUp = followUp;
        Difficulty ??= new DifficultyInput { Difficulty = f.Difficulty, Explanation = f.DifficultyExplanation };
        Rule ??= new RuleInput { Rule = f.ProgressRule };
        Percent ??= new PercentInput { Percent = f.ProgressPercent };
        Budget ??= BudgetYearsForm.From(f.BudgetYears);
    }

    private static IEnumerable<(string Cell, string Label, string? Value)> BudgetCells(BudgetYearRow row, bool last)
    {
        var which = last ? "de l'année à ajouter" : $"de la ligne {row.Year}";
        yield return ("Year", last ? "Ajouter une année : année" : $"Année {row.Year}", row.Year);
        yield return ("Committed", $"Montant engagé {which}", row.Committed);
        yield return ("Spent", $"Montant dépensé {which}", row.Spent);
    }

    private async Task FlagDifficultyAsync() =>
        _difficultyError = await SendAsync(new FlagActionDifficulty(Id, Difficulty.Difficulty, Difficulty.Explanation ?? ""));

    private async Task ChooseRuleAsync() => _ruleError = await SendAsync(new ChooseProgressRule(Id, Rule.Rule));

    private async Task SetPercentAsync() => _percentError = await SendAsync(new SetActionProgress(Id, Percent.Percent, Percent.Reason ?? ""));

    private async Task SetBudgetAsync()
    {
        var unreadable = new Dictionary<string, string[]>();
        var years = Budget.ToInputs(unreadable);
        _budgetError = unreadable.Count > 0
            ? new UseCaseError(UseCaseError.FieldsToCorrect, unreadable)
            : await SendAsync(new SetBudgetYears(Id, years));
    }

    private async Task<UseCaseError?> SendAsync(IRequest<Unit> request)
    {
        var sent = await Mediator.TrySendAsync(request);
        if (sent.Refused)
        {
            return sent.Error;
        }

        ComeBack(Links.ActionProgress(Slug, Id), Saved);
        return null;
    }

    private sealed class DifficultyInput
    {
        public ActionDifficulty Difficulty { get; set; }

        public string? Explanation { get; set; }
    }

    private sealed class RuleInput
    {
        public ProgressRule Rule { get; set; }
    }

    private sealed class PercentInput
    {
        public int Percent { get; set; }

        public string? Reason { get; set; }
    }
}
