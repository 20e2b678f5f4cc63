using FluentValidation;

namespace Roadmap.Application.FollowUp.ListActionUpdates;

internal sealed class ListActionUpdatesValidator : AbstractValidator<ListActionUpdates>
{
    public const int MaxLatest = 100;

    public ListActionUpdatesValidator() =>
        RuleFor(x => x.Latest).InclusiveBetween(1, MaxLatest).WithMessage($"Demandez entre 1 et {MaxLatest} points d'étape.");
}
