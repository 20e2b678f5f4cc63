namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private static RgaaCriterion[] Tables =>
    [
        NotApplicable("5.1", "Tableaux de données complexes : résumé",
            "Aucun tableau complexe : chaque tableau a une seule ligne d'en-têtes de colonnes et au plus une colonne d'en-têtes de ligne (aucun rowspan ni colspan)."),
        NotApplicable("5.2", "Résumés de tableaux complexes pertinents", "Aucun tableau complexe."),
        NotApplicable("5.3", "Tableaux de mise en forme : contenu linéarisé compréhensible", "Aucun tableau de mise en forme : la mise en page est en CSS."),
        Met("5.4", "Titre de tableau correctement associé", "Chaque tableau de données a un élément caption (relu dans chaque composant qui en affiche un)."),
        Met("5.5", "Titre de tableau pertinent", "Les titres nomment le contenu (« Valeurs mesurées : <indicateur> », « Soutiens par rôle »…)."),
        Met("5.6", "En-têtes de colonnes et de lignes déclarés", $"En-têtes en th ; {Axe} (règles th-has-data-cells, td-headers-attr)."),
        Met("5.7", "Association des cellules à leurs en-têtes", "Chaque th porte scope=\"col\" ou scope=\"row\"."),
        NotApplicable("5.8", "Tableaux de mise en forme sans éléments de tableaux de données", "Aucun tableau de mise en forme."),
    ];

    private static RgaaCriterion[] Links =>
    [
        Met("6.1", "Liens explicites",
            "Les liens nomment leur destination (titre de l'action, de la feuille de route) ; les liens répétés dans une liste reçoivent un complément (visually-hidden ou aria-label)."),
        Met("6.2", "Chaque lien a un intitulé", $"{Axe} (règle link-name)."),
    ];

    private static RgaaCriterion[] Scripts =>
    [
        Met("7.1", "Scripts compatibles avec les technologies d'assistance",
            "JavaScript n'est indispensable qu'à la salle d'atelier en direct ; ses commandes sont des boutons natifs nommés (les émojis de réaction ont un aria-label) et les nouveautés sont annoncées par des régions live. Vérifié dans le code et par axe ; la restitution par un lecteur d'écran n'a pas été testée."),
        Met("7.2", "Alternatives aux scripts pertinentes",
            "Sans JavaScript, toutes les pages fonctionnent par formulaires ordinaires ; la salle d'atelier en direct le dit (noscript) et renvoie à la page de l'atelier et à son compte rendu."),
        Met("7.3", "Scripts contrôlables au clavier et au pointeur",
            "Aucun gestionnaire réservé à la souris ni raccourci clavier : les scripts n'utilisent que des boutons et des formulaires natifs."),
        Met("7.4", "Changements de contexte annoncés ou contrôlés", "Aucun script ne change de page ni n'envoie un formulaire sans action de l'utilisateur."),
        Met("7.5", "Messages de statut restitués",
            "Confirmations et erreurs d'envoi sont dans des éléments role=\"status\" ou role=\"alert\" (formulaires, salle, console, écran). Vérifié dans le code ; non testé avec un lecteur d'écran."),
    ];
}
