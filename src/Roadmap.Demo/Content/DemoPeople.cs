using Roadmap.Application.Domain.Users;

namespace Roadmap.Demo.Content;

/// <summary>
/// Who lives in the demo: first one account per role (the ones to sign in with), then participants
/// so that supports and comments come from different roles and places.
/// </summary>
internal static class DemoPeople
{
    public const string Citizen = "citoyen@demo.roadmap.local";
    public const string Actor = "acteur@demo.roadmap.local";
    public const string Elected = "elu@demo.roadmap.local";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";

    /// <summary>The pilot of most of the Drôme's actions, at the Département (the carrying organisation).</summary>
    public const string Pilot = "pilote@demo.roadmap.local";

    /// <summary>The mediator of the Sarthe (a citizen's account: the power is a grant per organisation, see <see cref="SartheMediation"/>).</summary>
    public const string Mediator = "mediatrice@demo.roadmap.local";

    /// <summary>The sign-in accounts keep most of their supports free for whoever tries the demo.</summary>
    public const int SupportsLeftToSignInAccounts = 3;

    public static string Participant(int number) => $"participant{number:00}@demo.roadmap.local";

    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        new(Citizen, RoleNames.Citizen, "Habitante du Gesnois"),
        new(Actor, RoleNames.Actor, "Médiateur des Passeurs numériques sarthois", o => o.MediationAssociation),
        new(Elected, RoleNames.ElectedOfficial, "Maire de La Flèche", o => o.LaFleche),
        new(Facilitator, RoleNames.Facilitator, "Animatrice de la concertation numérique", o => o.Sarthe),
        new(Administrator, RoleNames.Administrator, "Administrateur de la plateforme", o => o.Sarthe),

        new(Participant(1), RoleNames.Citizen, "Habitante de Mamers"),
        new(Participant(2), RoleNames.Citizen, "Étudiant au Mans"),
        new(Participant(3), RoleNames.Citizen, "Retraitée de Sablé-sur-Sarthe"),
        new(Participant(4), RoleNames.Citizen, "Parent d'élève à La Ferté-Bernard"),
        new(Participant(5), RoleNames.Citizen, "Télétravailleur installé à Allonnes"),
        new(Participant(6), RoleNames.Citizen, "Agricultrice du Sud Sarthe"),
        new(Participant(7), RoleNames.Actor, "Conseillère numérique itinérante", o => o.MediationAssociation),
        new(Participant(8), RoleNames.Actor, "Coordinateur du tiers-lieu La Grange numérique", o => o.TiersLieu),
        new(Participant(9), RoleNames.Actor, "Chargée de développement territorial, Banque des Territoires", o => o.BanqueDesTerritoires),
        new(Participant(10), RoleNames.ElectedOfficial, "Maire de Mamers", o => o.Mamers),
        new(Participant(11), RoleNames.ElectedOfficial, "Vice-président au numérique de Le Mans Métropole", o => o.LeMansMetropole),
        new(Participant(12), RoleNames.ElectedOfficial, "Élue de la commission numérique du Département", o => o.Sarthe),

        new(Participant(13), RoleNames.ElectedOfficial, "Conseiller départemental délégué au numérique (Hérault)", o => o.Herault),
        new(Participant(14), RoleNames.ElectedOfficial, "Vice-présidente de la CC du Grand Pic Saint-Loup", o => o.GrandPicSaintLoup),
        new(Participant(15), RoleNames.Actor, "Médiatrice de Clic & Garrigue", o => o.HeraultAssociation),
        new(Participant(16), RoleNames.Citizen, "Habitant du Lodévois"),

        new(Participant(17), RoleNames.ElectedOfficial, "Vice-présidente du Département de la Drôme chargée du numérique", o => o.Drome) { JoinedDaysAgo = 1_300 },
        new(Participant(18), RoleNames.Actor, "Chargé de mission usages numériques (Drôme)", o => o.Drome) { JoinedDaysAgo = 1_299 },
        new(Pilot, RoleNames.Actor, "Claire Pilote", o => o.Drome) { JoinedDaysAgo = 1_298 },
        new(Mediator, RoleNames.Citizen, "Conseillère numérique de France Services du Saosnois"),
    ];

    /// <summary>Sarthe participants, taken in turn when supports are handed out; mixed roles first.</summary>
    public static IReadOnlyList<string> SartheSupporters { get; } =
        [.. Enumerable.Range(1, 12).Select(Participant), Citizen, Actor, Elected];

    public static IReadOnlyList<string> HeraultSupporters { get; } =
        [.. Enumerable.Range(13, 4).Select(Participant)];

    public static bool IsSignInAccount(string email) => All.Take(RoleNames.All.Count).Any(p => p.Email == email);
}
