using FluentValidation;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Admin;

/// <summary>The checks of a roadmap's description, shared by the create and edit validators.</summary>
internal static class RoadmapRules
{
    public static IRuleBuilderOptions<T, string> RoadmapTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Indiquez le titre de la feuille de route.")
            .MaximumLength(TerritorialRoadmap.TitleMaxLength).WithMessage($"Le titre ne doit pas dépasser {TerritorialRoadmap.TitleMaxLength} caractères.")
            .Must(t => t is null || t.IndexOfAny(['\r', '\n']) < 0).WithMessage("Le titre doit tenir sur une ligne.");

    public static IRuleBuilderOptions<T, string> RoadmapSummary<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(TerritorialRoadmap.SummaryMaxLength).WithMessage($"Le résumé ne doit pas dépasser {TerritorialRoadmap.SummaryMaxLength} caractères.");

    public static IRuleBuilderOptions<T, string> RoadmapDescription<T>(this IRuleBuilder<T, string> rule) =>
        rule.MaximumLength(TerritorialRoadmap.DescriptionMaxLength).WithMessage($"La description ne doit pas dépasser {TerritorialRoadmap.DescriptionMaxLength} caractères.");
}
