using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>
/// The Sarthe (code 72) with the EPCI « Pays Fléchois », which holds La Flèche, Saint-Jean-de-la-Motte and
/// Alençon (an Orne commune, code 61, under a Sarthe EPCI); Le Mans and Saint-Jean-d'Assé sit right under the
/// département. Actions: La Flèche named as territory, carried by the EPCI with La Flèche as partner (listed
/// once, directly), carried by the EPCI, carried by the département, carried by Le Mans, and one hidden.
/// </summary>
internal sealed record CommuneScene(TerritorialRoadmap Roadmap, Organisation Sarthe, Organisation Orne, Organisation Epci, Organisation LaFleche, Organisation LeMans)
{
    public static async Task<CommuneScene> CreateAsync(ApplicationHost host)
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        var sarthe = builder.Owner;
        var orne = Organisation.CreateOfficial("Département de l'Orne", OrganisationKind.Departement, "61", null, null, null, 280_000, null);
        var epci = Organisation.CreateOfficial("Communauté de communes du Pays Fléchois", OrganisationKind.Epci, "247200132", null, EpciKind.CommunauteDeCommunes, null, 30_000, sarthe);
        var laFleche = Commune("La Flèche", "72154", "72200", epci);
        var leMans = Commune("Le Mans", "72181", "72000 72100", sarthe);
        await host.SaveAsync(sarthe, orne, epci, laFleche, leMans,
            Commune("Saint-Jean-de-la-Motte", "72285", "72510", epci), Commune("Saint-Jean-d'Assé", "72280", "72380", sarthe), Commune("Alençon", "61001", "61000", epci),
            roadmap);
        var by = await host.NewUserAsync("Animatrice");

        var hidden = Action(roadmap, "Masquée", by, laFleche.Id, territories: [laFleche.Id]);
        hidden.Hide("Doublon.", RoadmapBuilder.Now);
        var retained = Action(roadmap, "Tiers-lieu de La Flèche", by, null, territories: [laFleche.Id]);
        retained.StartReview(by, "Examen.", RoadmapBuilder.Now);
        retained.Retain(by, "Retenue.", RoadmapBuilder.Now);
        retained.ReportProgress(by, 30, "Travaux.", RoadmapBuilder.Now);
        await host.SaveAsync(
            retained,
            Action(roadmap, "Conseillers du Pays Fléchois", by, epci.Id, partners: [laFleche.Id]),
            Action(roadmap, "France services itinérant", by, epci.Id),
            Action(roadmap, "Fibre départementale", by, sarthe.Id),
            Action(roadmap, "Médiathèque du Mans", by, leMans.Id),
            hidden);
        return new CommuneScene(roadmap, sarthe, orne, epci, laFleche, leMans);
    }

    private static Organisation Commune(string name, string insee, string postcodes, Organisation parent) =>
        Organisation.CreateOfficial(name, OrganisationKind.Commune, insee, null, null, postcodes, 10_000, parent);

    private static RoadmapAction Action(TerritorialRoadmap roadmap, string title, Guid by, Guid? carrier, Guid[]? partners = null, Guid[]? territories = null) =>
        RoadmapAction.Propose(roadmap, Drafts.For(roadmap.Axes[0], title) with { OrganisationId = carrier, PartnerIds = partners ?? [], TerritoryIds = territories ?? [] }, by, RoadmapBuilder.Now);
}
