using FluentValidation;
using Roadmap.Application.Domain.Participation;

namespace Roadmap.Application.Comments;

/// <summary>The checks on a comment's text shared by the post and edit validators.</summary>
internal static class CommentRules
{
    public static IRuleBuilderOptions<T, string> CommentBody<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Écrivez votre commentaire.")
        .Must(body => body is null || body.Trim().Length <= Comment.BodyMaxLength)
        .WithMessage($"Le commentaire ne doit pas dépasser {Comment.BodyMaxLength} caractères.");
}
