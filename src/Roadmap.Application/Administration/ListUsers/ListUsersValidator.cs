using FluentValidation;

namespace Roadmap.Application.Administration.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Le numéro de page commence à 1.");
        RuleFor(x => x.Query).MaximumLength(ListUsers.QueryMaxLength).WithMessage($"La recherche ne doit pas dépasser {ListUsers.QueryMaxLength} caractères.");
    }
}
