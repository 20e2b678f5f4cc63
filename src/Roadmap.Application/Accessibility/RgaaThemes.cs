namespace Roadmap.Application.Accessibility;

/// <summary>The thirteen themes of RGAA 4.1, by number.</summary>
public static class RgaaThemes
{
    public static IReadOnlyDictionary<int, string> Names { get; } = new SortedDictionary<int, string>
    {
        [1] = "Images",
        [2] = "Cadres",
        [3] = "Couleurs",
        [4] = "Multimédia",
        [5] = "Tableaux",
        [6] = "Liens",
        [7] = "Scripts",
        [8] = "Éléments obligatoires",
        [9] = "Structuration de l'information",
        [10] = "Présentation de l'information",
        [11] = "Formulaires",
        [12] = "Navigation",
        [13] = "Consultation",
    };
}
