using FluentValidation;
using Roadmap.Application.Common;

namespace Roadmap.Application.Comments.ListComments;

internal sealed class ListCommentsValidator : AbstractValidator<ListComments>
{
    public ListCommentsValidator() =>
        RuleFor(x => x.Page).ValidPage();
}
