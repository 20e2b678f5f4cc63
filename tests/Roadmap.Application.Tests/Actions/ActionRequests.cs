using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Actions.ProposeAction;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Tests.Actions;

/// <summary>Valid proposal requests to start from; each test changes only what it is about.</summary>
internal static class ActionRequests
{
    public static ProposeAction Proposal(TerritorialRoadmap roadmap, Guid? organisationId = null) => new()
    {
        RoadmapSlug = roadmap.Slug,
        SubmissionKey = Guid.NewGuid(),
        AxisId = roadmap.Axes[0].Id,
        Title = "Ouvrir des permanences numériques itinérantes",
        Summary = "Un bus équipé passe chaque semaine dans les communes rurales.",
        Description = "## Pourquoi\nLes démarches en ligne **excluent** une partie des habitants.",
        OrganisationId = organisationId,
        Indicators = [new IndicatorInput("Personnes accompagnées", "personnes", 0, 1_500, new DateOnly(2027, 6, 30))],
        EstimatedBudget = 85_000,
        Funding = "Département 50 %, État 50 %",
        PoolingOptions = [new PoolingInput(PoolingKind.Technical, "Un seul véhicule partagé par trois EPCI")],
    };
}
