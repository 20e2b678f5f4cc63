using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.FollowUp.ChooseProgressRule;
using Roadmap.Application.FollowUp.FlagActionDifficulty;
using Roadmap.Application.FollowUp.GetActionFollowUp;
using Roadmap.Application.FollowUp.GetActionPilots;
using Roadmap.Application.FollowUp.SetActionPilots;
using Roadmap.Application.FollowUp.SetActionProgress;
using Roadmap.Application.FollowUp.SetBudgetYears;

namespace Roadmap.Web.Api;

/// <summary>
/// The follow-up of a retained action: its pilots (named by its roadmap's managers), its difficulty,
/// its progress rule and percent, its budget per year (reported by its pilots or those managers).
/// Reads are public; every PUT replaces the state and is idempotent (204).
/// </summary>
internal static class FollowUpPilotEndpoints
{
    public static RouteGroupBuilder MapFollowUpPilotEndpoints(this RouteGroupBuilder api)
    {
        var followUp = api.MapGroup("/actions/{id:guid}").WithTags("Suivi des actions");
        followUp.MapGet("/follow-up", GetFollowUpAsync).AsPublicRead()
            .WithName("GetActionFollowUp").WithSummary("Le suivi d'une action : pilotes, difficulté, règle d'avancement, budget par année.");
        followUp.MapGet("/pilots", GetPilotsAsync).AsPublicRead()
            .WithName("GetActionPilots").WithSummary("Les pilotes d'une action, par nom.");
        followUp.MapPut("/pilots", SetPilotsAsync).AsWrite()
            .WithName("SetActionPilots").WithSummary("Remplacer les pilotes d'une action retenue (gestionnaires de sa feuille de route ; au plus 10).");
        followUp.MapPut("/difficulty", FlagDifficultyAsync).AsWrite()
            .WithName("FlagActionDifficulty").WithSummary("Signaler l'action en difficulté (Late, Blocked, Paused, Abandoned) avec une explication publique, ou lever le signalement (None).");
        followUp.MapPut("/progress", SetProgressAsync).AsWrite()
            .WithName("SetActionProgress").WithSummary("Choisir la règle d'avancement (SetByPilots ou FromIndicators) et, avec SetByPilots, fixer le pourcentage.");
        followUp.MapPut("/budget-years", SetBudgetYearsAsync).AsWrite()
            .WithName("SetActionBudgetYears").WithSummary("Remplacer les montants engagés et dépensés par année civile (en euros).");
        return api;
    }

    private static async Task<Ok<ActionFollowUp>> GetFollowUpAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActionFollowUp(id), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ActionPilotView>>> GetPilotsAsync(Guid id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetActionPilots(id), cancellationToken));

    private static async Task<NoContent> SetPilotsAsync(Guid id, PilotsBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var userIds = body.UserIds ?? throw ValidationFailedException.For(nameof(PilotsBody.UserIds), "Indiquez les pilotes (userIds).");
        await mediator.Send(new SetActionPilots(id, userIds), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> FlagDifficultyAsync(Guid id, DifficultyBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var difficulty = body.Difficulty ?? throw ValidationFailedException.For(nameof(DifficultyBody.Difficulty), "Indiquez la difficulté : None, Late, Blocked, Paused ou Abandoned.");
        await mediator.Send(new FlagActionDifficulty(id, difficulty, body.Explanation ?? ""), cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The rule first, so a percent sent with SetByPilots applies under it.</summary>
    private static async Task<NoContent> SetProgressAsync(Guid id, ProgressBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var rule = body.Rule ?? throw ValidationFailedException.For(nameof(ProgressBody.Rule), "Indiquez la règle d'avancement : SetByPilots ou FromIndicators.");
        await mediator.Send(new ChooseProgressRule(id, rule), cancellationToken);
        if (body.Percent is { } percent)
        {
            await mediator.Send(new SetActionProgress(id, percent, body.Reason ?? ""), cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static async Task<NoContent> SetBudgetYearsAsync(Guid id, BudgetYearsBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var years = body.Years ?? throw ValidationFailedException.For(nameof(BudgetYearsBody.Years), "Indiquez les années (years).");
        await mediator.Send(new SetBudgetYears(id, years), cancellationToken);
        return TypedResults.NoContent();
    }

    internal sealed record PilotsBody(IReadOnlyList<Guid>? UserIds);

    internal sealed record DifficultyBody(ActionDifficulty? Difficulty, string? Explanation);

    internal sealed record ProgressBody(ProgressRule? Rule, int? Percent, string? Reason);

    internal sealed record BudgetYearsBody(IReadOnlyList<BudgetYearInput>? Years);
}
