using FluentValidation;
using Roadmap.Application.Common;

namespace Roadmap.Application.Mail.ListOutboxMails;

internal sealed class ListOutboxMailsValidator : AbstractValidator<ListOutboxMails>
{
    public ListOutboxMailsValidator()
    {
        RuleFor(r => r.State).IsInEnum().WithMessage("L'état demandé est inconnu : « failed » ou « pending ».");
        RuleFor(r => r.Page).ValidPage();
    }
}
