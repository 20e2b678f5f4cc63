using FluentValidation;

namespace Roadmap.Application.Following.ListNotifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() =>
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Le numéro de page commence à 1.");
}
