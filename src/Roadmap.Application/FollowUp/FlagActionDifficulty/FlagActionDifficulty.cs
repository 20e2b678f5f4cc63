using FluentValidation;
using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp.FlagActionDifficulty;

/// <summary>
/// A pilot of the action or a manager of its roadmap flags it « en difficulté » with a public
/// explanation, or clears the flag (<see cref="ActionDifficulty.None"/>). Shown on the action page;
/// followers are not notified (a point d'étape is how pilots tell them news). The same flag twice changes nothing.
/// </summary>
[RequiresRole]
public sealed record FlagActionDifficulty(Guid ActionId, ActionDifficulty Difficulty, string Explanation) : IRequest<Unit>;

internal sealed class FlagActionDifficultyValidator : AbstractValidator<FlagActionDifficulty>
{
    public FlagActionDifficultyValidator()
    {
        RuleFor(r => r.Difficulty).IsInEnum().WithMessage("Choisissez une difficulté de la liste.");
        RuleFor(r => r.Explanation)
            .Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Expliquez la difficulté : l'explication est publique.")
            .When(r => r.Difficulty != ActionDifficulty.None);
        RuleFor(r => r.Explanation)
            .MaximumLength(RoadmapAction.DifficultyExplanationMaxLength)
            .WithMessage($"L'explication ne doit pas dépasser {RoadmapAction.DifficultyExplanationMaxLength} caractères.");
    }
}

internal sealed class FlagActionDifficultyHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<FlagActionDifficulty, Unit>
{
    public async Task<Unit> Handle(FlagActionDifficulty request, CancellationToken cancellationToken)
    {
        var action = await FollowUpActions.LoadToReportAsync(db, user, request.ActionId, cancellationToken);
        var before = new DifficultyState(action.Difficulty.French(), action.DifficultyExplanation);
        var now = clock.GetUtcNow();
        action.FlagDifficulty(request.Difficulty, request.Explanation ?? "", now);
        var after = new DifficultyState(action.Difficulty.French(), action.DifficultyExplanation);
        await FollowUpActions.RecordReportAsync(db, user, now, action, "action.difficulty", $"Difficulté de l'action « {action.Title} »", before, after, cancellationToken);
        return Unit.Value;
    }

    private sealed record DifficultyState(string Difficulty, string Explanation);
}
