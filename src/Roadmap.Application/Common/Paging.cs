using FluentValidation;

namespace Roadmap.Application.Common;

/// <summary>
/// Page numbers of every paged list (search, comments, users, notifications). The bound keeps
/// <c>(page - 1) × page size</c> far from overflowing and a crawler from asking for page 2 147 483 647.
/// </summary>
public static class Paging
{
    /// <summary>10 000 pages of 100 actions cover the largest roadmap many times over.</summary>
    public const int MaxPage = 10_000;

    public const string OutOfRange = "Le numéro de page doit être compris entre 1 et 10 000.";

    /// <summary>For pages reading a page number from the address: anything out of range shows the nearest page.</summary>
    public static int Clamp(int? page) => Math.Clamp(page ?? 1, 1, MaxPage);

    public static IRuleBuilderOptions<T, int> ValidPage<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxPage).WithMessage(OutOfRange);
}
