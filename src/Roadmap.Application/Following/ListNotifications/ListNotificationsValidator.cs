using FluentValidation;
using Roadmap.Application.Common;

namespace Roadmap.Application.Following.ListNotifications;

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotifications>
{
    public ListNotificationsValidator() =>
        RuleFor(x => x.Page).ValidPage();
}
