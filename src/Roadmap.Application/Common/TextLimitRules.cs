using FluentValidation;
using Roadmap.Application.Domain;

namespace Roadmap.Application.Common;

internal static class TextLimitRules
{
    /// <summary>The entity's own limit and sentence, so that the validator cannot say it another way.</summary>
    public static IRuleBuilderOptions<T, string> Within<T>(this IRuleBuilder<T, string> rule, TextLimit limit) =>
        rule.MaximumLength(limit.MaxLength).WithMessage(limit.TooLong);
}
