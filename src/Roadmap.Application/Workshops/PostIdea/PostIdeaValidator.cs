using FluentValidation;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.PostIdea;

internal sealed class PostIdeaValidator : AbstractValidator<PostIdea>
{
    public PostIdeaValidator() =>
        RuleFor(r => r.Text).NotEmpty().WithMessage("Écrivez votre idée.")
            .MaximumLength(Idea.TextMaxLength).WithMessage($"Une idée ne doit pas dépasser {Idea.TextMaxLength} caractères.");
}
