using FluentValidation;

namespace Roadmap.Application.Comments.PostComment;

internal sealed class PostCommentValidator : AbstractValidator<PostComment>
{
    public PostCommentValidator()
    {
        RuleFor(c => c.Body).CommentBody();
        RuleFor(c => c.Alignment).IsInEnum().WithMessage("Choisissez Pour, Contre ou Neutre.");
    }
}
