using FluentValidation;

namespace Roadmap.Application.Roadmaps.Admin.EditRoadmap;

internal sealed class EditRoadmapValidator : AbstractValidator<EditRoadmap>
{
    public EditRoadmapValidator()
    {
        RuleFor(r => r.OwnerOrganisationId).NotEmpty().WithMessage(RoadmapAdmin.OwnerMissing);
        RuleFor(r => r.Title).RoadmapTitle();
        RuleFor(r => r.Summary).RoadmapSummary();
        RuleFor(r => r.Description).RoadmapDescription();
    }
}
