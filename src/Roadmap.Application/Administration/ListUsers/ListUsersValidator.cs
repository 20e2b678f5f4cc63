using FluentValidation;
using Roadmap.Application.Common;

namespace Roadmap.Application.Administration.ListUsers;

internal sealed class ListUsersValidator : AbstractValidator<ListUsers>
{
    public ListUsersValidator()
    {
        RuleFor(x => x.Page).ValidPage();
        RuleFor(x => x.Query).MaximumLength(ListUsers.QueryMaxLength).WithMessage($"La recherche ne doit pas dépasser {ListUsers.QueryMaxLength} caractères.");
    }
}
