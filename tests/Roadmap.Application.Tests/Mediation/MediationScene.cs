using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Mediation.RecordContribution;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Participation;

namespace Roadmap.Application.Tests.Mediation;

/// <summary>A roadmap with one action, two communes, a France Services with its mediator (signed in), and a second tiers-lieu.</summary>
internal sealed class MediationScene
{
    public required ParticipationScene Roadmap { get; init; }
    public required Organisation FranceServices { get; init; }
    public required Organisation TiersLieu { get; init; }
    public required Organisation LaFleche { get; init; }
    public required Organisation Sable { get; init; }
    public required Guid MediatorId { get; init; }

    public Guid ActionId => Roadmap.Action.Id;

    public static async Task<MediationScene> CreateAsync(ApplicationHost host, VotingRules? rules = null, RoadmapPhase phase = RoadmapPhase.Concertation)
    {
        var roadmap = await ParticipationScene.CreateAsync(host, rules, phase);
        var laFleche = Commune("La Flèche", "72154", "72200");
        var sable = Commune("Sablé-sur-Sarthe", "72264", "72300");
        var franceServices = Organisation.CreateByHand("France Services de La Flèche", OrganisationKind.EtablissementPublic, null, null);
        var tiersLieu = Organisation.CreateByHand("Le Fablab du Loir", OrganisationKind.TiersLieu, null, null);
        await host.SaveAsync(laFleche, sable, franceServices, tiersLieu);
        var mediatorId = await host.NewUserAsync("Mélanie Médiatrice");
        await host.SaveAsync(MediatorGrant.Grant(mediatorId, franceServices.Id, null, RoadmapBuilder.Now));
        host.User.SignIn(mediatorId, null, RoleNames.Citizen);
        return new MediationScene { Roadmap = roadmap, FranceServices = franceServices, TiersLieu = tiersLieu, LaFleche = laFleche, Sable = sable, MediatorId = mediatorId };
    }

    public RecordContribution Support(string firstName = "Jeanne", string initial = "D", string commune = "La Flèche", AgeBracket? age = AgeBracket.From60To74) =>
        new(MediatedContributionKind.Support, Roadmap.Roadmap.Id, ActionId, null, firstName, initial, commune, age, null, null, Consent: true);

    public RecordContribution Comment(string body = "Il faudrait des permanences le samedi.", string firstName = "Jeanne") =>
        new(MediatedContributionKind.Comment, Roadmap.Roadmap.Id, ActionId, null, firstName, "D", "72200", null, null, body, Consent: true);

    public RecordContribution Idea(string title = "Un bus numérique dans les hameaux") =>
        new(MediatedContributionKind.Idea, Roadmap.Roadmap.Id, null, null, "Paul", "M", "Sablé", AgeBracket.From75, title, "Qui passe une fois par mois.", Consent: true);

    /// <summary>The action's online and mediated counters, and the mediated support rows.</summary>
    public Task<(int Online, int Mediated, int MediatedRows)> CountsAsync(ApplicationHost host) =>
        host.WithDbAsync(async db => (
            await db.Actions.Where(a => a.Id == ActionId).Select(a => a.SupportCount).SingleAsync(),
            await db.Actions.Where(a => a.Id == ActionId).Select(a => a.MediatedSupportCount).SingleAsync(),
            await db.MediatedContributions.CountAsync(c => c.ActionId == ActionId && c.Kind == MediatedContributionKind.Support)));

    private static Organisation Commune(string name, string insee, string postcode)
    {
        var commune = Organisation.Create(name, OrganisationKind.Commune, insee);
        commune.UpdateOfficialData(name, insee, null, null, postcode, 1000);
        return commune;
    }
}
