namespace Roadmap.Infrastructure.Identity;

/// <summary>
/// Words at the top of French password leaks that zxcvbn's English lists miss or rank too low
/// (keyboard rows of the AZERTY layout, first names, pets' names, football clubs, cities…).
/// </summary>
internal static class FrenchPasswordWords
{
    public static readonly IReadOnlyList<string> All =
    [
        "azerty", "azertyuiop", "qsdfghjklm", "wxcvbn", "azertyuiopqsdfghjklm", "aqwzsx", "azerqsdf",
        "motdepasse", "mot2passe", "mdp", "secret", "confidentiel", "connexion", "bienvenue", "utilisateur",
        "soleil", "bonjour", "bonsoir", "salut", "coucou", "doudou", "chouchou", "loulou", "nounours", "bisous",
        "jetaime", "jtm", "amour", "moncoeur", "mabiche", "chéri", "cherie", "princesse", "papa", "maman", "famille",
        "marseille", "paris", "lyon", "toulouse", "nantes", "bordeaux", "lille", "rennes", "lemans", "sarthe", "bretagne",
        "france", "francais", "psg", "olympique", "allezlom", "om", "football", "equipe",
        "camille", "nicolas", "julien", "thomas", "kevin", "anthony", "alexandre", "sandrine", "nathalie", "isabelle",
        "celine", "stephanie", "aurelie", "julie", "marie", "pierre", "jean", "michel", "philippe", "christophe",
        "chocolat", "fromage", "vacances", "printemps", "automne", "hiver", "dimanche", "samedi", "vendredi",
        "mairie", "commune", "departement", "conseil", "roadmap", "feuillederoute", "atelier", "citoyen",
    ];
}
