using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.CastBallot;

internal sealed class CastBallotValidator : AbstractValidator<CastBallot>
{
    public CastBallotValidator()
    {
        RuleFor(r => r.Ballot).NotNull().WithMessage("Votre vote est vide.");
        RuleFor(r => r.Ballot.OptionIds).Must(o => o is null || o.Count <= Poll.MaxOptions).When(r => r.Ballot is not null)
            .WithMessage("Votre vote contient trop d'options.");
        RuleFor(r => r.Ballot.Points).Must(o => o is null || o.Count <= Poll.MaxOptions).When(r => r.Ballot is not null)
            .WithMessage("Votre vote contient trop d'options.");
    }
}
