using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Mediation.RecordContribution;

namespace Roadmap.Web.Components.Pages.Mediation;

/// <summary>The recording form's fields, named like the request's so that field errors land beside them.</summary>
public sealed class MediationInput
{
    public MediatedContributionKind Kind { get; set; }
    public Guid? OrganisationId { get; set; }
    public Guid? ActionId { get; set; }
    public Guid? AxisId { get; set; }
    public string? FirstName { get; set; }
    public string? Initial { get; set; }
    public string? Commune { get; set; }
    public AgeBracket? AgeBracket { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public bool Consent { get; set; }

    public RecordContribution ToRequest(Guid roadmapId) =>
        new(Kind, roadmapId, ActionId, OrganisationId, FirstName ?? "", Initial ?? "", Commune ?? "", AgeBracket, Title, Body, Consent, AxisId);
}
