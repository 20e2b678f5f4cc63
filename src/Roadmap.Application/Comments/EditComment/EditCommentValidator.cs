using FluentValidation;

namespace Roadmap.Application.Comments.EditComment;

internal sealed class EditCommentValidator : AbstractValidator<EditComment>
{
    public EditCommentValidator() => RuleFor(c => c.Body).CommentBody();
}
