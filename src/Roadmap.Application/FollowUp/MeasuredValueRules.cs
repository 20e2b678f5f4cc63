using FluentValidation;
using Roadmap.Application.Domain.FollowUp;

namespace Roadmap.Application.FollowUp;

/// <summary>The field checks shared by recording and correcting a value, so the form shows them beside the field.</summary>
internal static class MeasuredValueRules
{
    public static IRuleBuilderOptions<T, string> MeasuredValueSource<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(IndicatorValue.SourceMaxLength).WithMessage($"La source ne doit pas dépasser {IndicatorValue.SourceMaxLength} caractères.");

    public static IRuleBuilderOptions<T, string> MeasuredValueComment<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(IndicatorValue.CommentMaxLength).WithMessage($"Le commentaire ne doit pas dépasser {IndicatorValue.CommentMaxLength} caractères.");
}
