using FluentValidation;
using Roadmap.Application.Common;

namespace Roadmap.Application.Audit.ListAuditEntries;

internal sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        RuleFor(x => x.Page).ValidPage();
        RuleFor(x => x.ActorQuery).MaximumLength(ListAuditEntries.QueryMaxLength)
            .WithMessage($"La recherche ne doit pas dépasser {ListAuditEntries.QueryMaxLength} caractères.");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessage("La date de fin doit suivre la date de début.");
    }
}
