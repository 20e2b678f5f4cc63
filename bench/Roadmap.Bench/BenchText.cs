namespace Roadmap.Bench;

/// <summary>Plausible French titles and texts (with accents) so the free-text search has real work to do.</summary>
internal static class BenchText
{
    private static readonly string[] Verbs =
        ["Déployer", "Créer", "Former", "Accompagner", "Mutualiser", "Équiper", "Ouvrir", "Développer", "Soutenir", "Numériser", "Relier", "Sécuriser"];

    private static readonly string[] Objects =
        ["des conseillers numériques", "un tiers-lieu", "les écoles", "la fibre optique", "un espace France services", "les aidants numériques",
         "des ateliers de médiation", "un réseau de bornes", "les mairies", "un cœur de village connecté", "les collèges", "une plateforme de covoiturage",
         "les bibliothèques", "un guichet unique", "les associations", "un observatoire des usages"];

    private static readonly string[] Places =
        ["dans chaque intercommunalité", "en zone rurale", "pour les seniors", "avec les associations", "à l'échelle du département",
         "d'ici 2028", "pour les collégiens", "avec la Région", "dans les quartiers prioritaires", "sur le littoral"];

    private static readonly string[] Reasons =
        ["pour réduire la fracture numérique", "afin de mutualiser les moyens", "pour simplifier les démarches", "pour attirer de nouveaux habitants",
         "afin d'économiser l'énergie", "pour rompre l'isolement", "pour former les agents", "pour garder les services de proximité"];

    private static readonly string[] Opinions =
        ["Très bonne idée, **indispensable** chez nous.", "Attention au coût de fonctionnement.", "Il faudrait associer les communes voisines.",
         "Nous avons testé : ça marche si l'animation suit.", "Quid des personnes sans équipement ?", "À coupler avec les permanences existantes.",
         "Je soutiens, mais le calendrier paraît serré.", "Le tiers-lieu de notre canton pourrait accueillir l'action."];

    public static string Title(Random random, int number) =>
        $"{Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Places)} (n° {number})";

    public static string Summary(Random random) =>
        $"{Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Reasons)}. Projet porté {Pick(random, Places)}, {Pick(random, Reasons)}.";

    public static string Comment(Random random) => $"{Pick(random, Opinions)} {Pick(random, Opinions)}";

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
