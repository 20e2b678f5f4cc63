using Roadmap.Application.Mediation.Grants;
using Roadmap.Application.Mediation.RecordContribution;
using Roadmap.Demo.Content;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Mediated participation as it happens: the administrator grants the mediator her organisations (<c>GrantMediator</c>),
/// then she records what residents told her (<c>RecordContribution</c>), each entry at its moment, with their consent.
/// </summary>
internal sealed class DemoMediationWriter(DemoSender sender, DemoCast cast, DemoOrganisations organisations, DemoTimeline timeline)
{
    public async Task WriteAsync(
        Guid roadmapId, DemoRoadmap roadmap, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
        var administrator = cast[DemoPeople.Administrator];
        var mediator = cast[DemoPeople.Mediator];
        var granted = timeline.DaysAgo(SartheMediation.GrantedDaysAgo);
        foreach (var organisation in SartheMediation.Grants)
        {
            await sender.SendAsync(administrator, granted, new GrantMediator(organisation(organisations).Id, mediator.Email), cancellationToken);
        }

        foreach (var voice in SartheMediation.Voices)
        {
            var request = new RecordContribution(
                voice.Kind, roadmapId, voice.ActionKey is { } key ? actions[key].Id : null, voice.CollectedBy(organisations).Id,
                voice.FirstName, voice.Initial, voice.Commune, voice.AgeBracket, voice.Title, voice.Body, Consent: true,
                voice.Axis is { } axis ? roadmap.AxisIds[axis - 1] : null);
            await sender.SendAsync(mediator, sender.Clock.Today - voice.Ago, request, cancellationToken);
        }
    }
}
