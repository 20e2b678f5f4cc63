using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>
/// A resident met by the demo's mediator, and what they said: a support or a comment on the action <see cref="ActionKey"/>,
/// or an idea (no action; <see cref="Axis"/> from 1, or none). <see cref="Commune"/> is typed as a mediator types it
/// (name and postcode), and found among the imported communes by the use case. The consent is always given.
/// </summary>
internal sealed record DemoMediatedVoice(
    MediatedContributionKind Kind, Func<DemoOrganisations, Organisation> CollectedBy, string? ActionKey,
    string FirstName, string Initial, string Commune, AgeBracket AgeBracket, TimeSpan Ago)
{
    public string? Title { get; init; }
    public string? Body { get; init; }
    public int? Axis { get; init; }
}
