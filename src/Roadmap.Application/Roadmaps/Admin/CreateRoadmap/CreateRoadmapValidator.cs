using FluentValidation;

namespace Roadmap.Application.Roadmaps.Admin.CreateRoadmap;

internal sealed class CreateRoadmapValidator : AbstractValidator<CreateRoadmap>
{
    public CreateRoadmapValidator()
    {
        RuleFor(r => r.OwnerOrganisationId).NotEmpty().WithMessage(RoadmapAdmin.OwnerMissing);
        RuleFor(r => r.Title).RoadmapTitle();
        RuleFor(r => r.Slug).NotEmpty().WithMessage("Indiquez l'adresse courte de la feuille de route.");
        RuleFor(r => r.Summary).RoadmapSummary();
        RuleFor(r => r.Description).RoadmapDescription();
    }
}
