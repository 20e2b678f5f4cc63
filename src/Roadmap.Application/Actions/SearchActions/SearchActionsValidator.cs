using FluentValidation;
using Roadmap.Application.Common;

namespace Roadmap.Application.Actions.SearchActions;

internal sealed class SearchActionsValidator : AbstractValidator<SearchActions>
{
    public SearchActionsValidator()
    {
        RuleFor(r => r.Page).ValidPage();
        RuleFor(r => r.PageSize).InclusiveBetween(1, SearchActions.MaxPageSize)
            .WithMessage($"Le nombre d'actions par page doit être compris entre 1 et {SearchActions.MaxPageSize}.");
        RuleFor(r => r.Sort).Must(ActionSearchSort.IsKnown)
            .WithMessage(r => $"Le tri « {r.Sort} » est inconnu : choisissez parmi {string.Join(", ", ActionSearchSort.All)}.");
        RuleFor(r => r.Status).Must(s => string.IsNullOrEmpty(s) || ActionStatusNames.TryParse(s, out _))
            .WithMessage(r => $"Le statut « {r.Status} » est inconnu.");
        RuleFor(r => r.Q).MaximumLength(TextMatch.MaxLength)
            .WithMessage($"La recherche ne peut pas dépasser {TextMatch.MaxLength} caractères.");
    }
}
