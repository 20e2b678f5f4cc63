using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>
/// The Sarthe's mediator: a conseillère numérique of the France Services of the Saosnois who also holds a permanence at
/// La Grange numérique, so she picks the organisation on each entry. What she collected from residents of the Saosnois
/// who are not online: supports, comments and an idea, the last one a few hours old so it can still be corrected (48 h).
/// </summary>
internal static class SartheMediation
{
    /// <summary>The administrator grants her both organisations this many days before the seeding.</summary>
    public const int GrantedDaysAgo = 40;

    public static IReadOnlyList<Func<DemoOrganisations, Organisation>> Grants { get; } = [o => o.FranceServices, o => o.TiersLieu];

    public static IReadOnlyList<DemoMediatedVoice> Voices { get; } =
    [
        new(MediatedContributionKind.Support, o => o.FranceServices, "ateliers-aines",
            "Josiane", "M", "Saint-Rémy-des-Monts 72600", AgeBracket.From75, TimeSpan.FromDays(18)),
        new(MediatedContributionKind.Support, o => o.FranceServices, "facile-a-lire",
            "Gérard", "L", "Marolles-les-Braults 72260", AgeBracket.From60To74, TimeSpan.FromDays(14)),
        new(MediatedContributionKind.Support, o => o.TiersLieu, "mediateurs-itinerants",
            "Samia", "B", "Mamers 72600", AgeBracket.From30To44, TimeSpan.FromDays(11)),
        new(MediatedContributionKind.Comment, o => o.FranceServices, "mediateurs-itinerants",
            "Marcel", "T", "Saosnes 72600", AgeBracket.From75, TimeSpan.FromDays(9))
        {
            Body = """
                Je n'ai plus de voiture et le car ne passe que deux fois par jour. Si le médiateur venait **le jour du marché**
                à Mamers, j'y serais, comme beaucoup de gens de mon âge.
                """,
        },
        new(MediatedContributionKind.Comment, o => o.FranceServices, "facile-a-lire",
            "Nadia", "K", "Bonnétable 72110", AgeBracket.From45To59, TimeSpan.FromDays(6))
        {
            Body = """
                Pour la demande d'aide pour ma mère, j'ai dû venir trois fois : les mots du formulaire en ligne, on ne les
                comprend pas. Des phrases simples et un exemple rempli, ça nous éviterait bien des allers-retours.
                """,
        },
        new(MediatedContributionKind.Idea, o => o.TiersLieu, null,
            "Lucien", "P", "Saint-Cosme-en-Vairais 72110", AgeBracket.From75, TimeSpan.FromHours(3))
        {
            Axis = 1,
            Title = "Être rappelé par un conseiller numérique quand on est bloqué",
            Body = """
                Un numéro où laisser son nom : un conseiller rappelle dans la semaine et guide au téléphone, pas à pas.
                Beaucoup d'anciens du canton n'osent pas se déplacer pour « si peu ».
                """,
        },
    ];
}
