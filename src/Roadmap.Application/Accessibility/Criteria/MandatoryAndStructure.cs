namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private static RgaaCriterion[] Mandatory =>
    [
        Met("8.1", "Type de document défini", "Chaque page commence par <!DOCTYPE html> (App.razor)."),
        Met("8.2", "Code source valide",
            "Le Nu Html Checker ne trouve aucune erreur sur les pages parcourues par cinq profils (visiteur, administration, animation, pilote, gestion ; ValidHtmlTests) ni sur celles des parcours dans le navigateur (PageAudit)."),
        Met("8.3", "Langue par défaut présente", "<html lang=\"fr\"> sur chaque page (App.razor)."),
        Met("8.4", "Code de langue pertinent", $"Le contenu est en français ; {Axe} (règles html-has-lang, html-lang-valid)."),
        Met("8.5", "Titre de page présent", "Chaque page déclare un PageTitle (relu dans chaque composant routable) ; les tests web vérifient le titre des pages publiques."),
        Met("8.6", "Titre de page pertinent", "« <page> — Roadmap » : le nom de la page d'abord (PageTitleText), puis le site."),
        Met("8.7", "Changements de langue indiqués",
            "L'interface est entièrement en français ; « Roadmap », nom du produit, n'est pas un passage en langue étrangère. Le contenu saisi par les participants n'est pas contrôlé (contenu tiers)."),
        NotApplicable("8.8", "Code des changements de langue valide et pertinent", "Aucun changement de langue n'est balisé."),
        Met("8.9", "Balises non utilisées à des fins de présentation uniquement",
            "Listes, titres et tableaux sont utilisés pour leur sens ; la mise en forme est en CSS."),
        NotApplicable("8.10", "Changements du sens de lecture signalés", "Aucun texte écrit de droite à gauche."),
    ];

    private static RgaaCriterion[] Structure =>
    [
        Met("9.1", "Information structurée par des titres",
            "Un seul h1 par page, vérifié par PageAudit à chaque page des parcours ; les sections sont titrées en h2 et h3."),
        Met("9.2", "Structure du document cohérente",
            "Chaque page a un en-tête (header), une navigation principale nommée, un contenu principal (main) et un pied de page (footer) ; axe (règles landmark-*)."),
        Met("9.3", "Listes correctement structurées", $"Listes en ul, ol et dl ; {Axe} (règles list, listitem)."),
        Met("9.4", "Citations correctement indiquées", "Les citations écrites en Markdown (« > ») deviennent des blockquote."),
    ];
}
