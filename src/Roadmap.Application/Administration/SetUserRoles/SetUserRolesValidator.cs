using FluentValidation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Administration.SetUserRoles;

internal sealed class SetUserRolesValidator : AbstractValidator<SetUserRoles>
{
    public SetUserRolesValidator()
    {
        RuleFor(x => x.Roles).NotNull().WithMessage("Indiquez les rôles.")
            .Must(roles => roles is null || roles.Count > 0).WithMessage("Choisissez au moins un rôle.");
        RuleForEach(x => x.Roles).Must(RoleNames.All.Contains)
            .WithMessage((_, role) => $"Le rôle « {role} » n'existe pas. Rôles possibles : {string.Join(", ", RoleNames.All)}.");
    }
}
