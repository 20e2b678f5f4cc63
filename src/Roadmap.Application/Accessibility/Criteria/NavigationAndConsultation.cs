namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private static RgaaCriterion[] Navigation =>
    [
        NotMet("12.1", "Deux systèmes de navigation au moins",
            "Il y a un menu principal et un fil d'Ariane, mais pas de plan du site, et le moteur de recherche ne couvre qu'une feuille de route à la fois."),
        Met("12.2", "Menu et barres de navigation toujours à la même place", "Le menu principal et le pied de page viennent de la même mise en page (MainLayout) sur toutes les pages."),
        NotApplicable("12.3", "Page « plan du site » pertinente", "Le site n'a pas de plan du site (voir 12.1)."),
        NotApplicable("12.4", "Plan du site atteignable de manière identique", "Le site n'a pas de plan du site (voir 12.1)."),
        Met("12.5", "Moteur de recherche atteignable de manière identique",
            "La recherche d'une feuille de route est au même endroit sur sa page, et son formulaire est une région de recherche nommée (role=\"search\")."),
        Met("12.6", "Zones de regroupement atteignables ou évitables",
            "header, nav nommée « Menu principal », main et footer nommé « Pied de page » : les lecteurs d'écran y sautent ; le lien d'évitement mène au contenu."),
        Met("12.7", "Lien d'évitement vers le contenu principal", "« Aller au contenu » est le premier lien de chaque page ; PageAudit le vérifie à chaque page des parcours."),
        Met("12.8", "Ordre de tabulation cohérent", "Aucun tabindex positif : l'ordre de tabulation est celui du code, qui suit l'ordre de lecture."),
        Met("12.9", "Pas de piège au clavier", "Aucun composant ne retient le focus : pas de fenêtre modale ni de widget sur mesure."),
        NotApplicable("12.10", "Raccourcis clavier d'une seule touche contrôlables", "Le site ne définit aucun raccourci clavier."),
        Met("12.11", "Contenus additionnels atteignables au clavier",
            "Les seuls contenus qui apparaissent à l'activation (formulaires de réponse ou de signalement d'un commentaire) sont des pages ou des sections atteintes par un lien."),
    ];

    private static RgaaCriterion[] Consultation =>
    [
        NotMet("13.1", "Contrôle des limites de temps",
            "Une session se ferme après une heure sans requête (sécurité des ordinateurs publics) sans prévenir ni proposer de la prolonger : un long texte envoyé ensuite demande de se reconnecter et n'est pas enregistré."),
        Met("13.2", "Pas de nouvelle fenêtre sans action de l'utilisateur", "Aucun lien target=\"_blank\" ni window.open."),
        Met("13.3", "Documents bureautiques : version accessible",
            "Le document .docx de la feuille de route adoptée a sa version HTML, la page imprimable, qui porte la même information ; les données ouvertes sont des fichiers CSV et JSON décrits par un schéma."),
        Met("13.4", "Version accessible porteuse de la même information", "La page imprimable et le .docx sont écrits à partir de la même requête (GetRoadmapDocument)."),
        Met("13.5", "Contenus cryptiques : alternative",
            "Les émojis de réaction ont un aria-label (« Applaudir »…) ; les symboles décoratifs (◆, ☑) sont masqués et doublés d'un texte."),
        Met("13.6", "Alternatives aux contenus cryptiques pertinentes", "Les noms des réactions disent le geste, les cases disent « fait » ou « à faire »."),
        NotApplicable("13.7", "Flashs et changements brusques de luminosité", "Aucun flash ni clignotement."),
        Met("13.8", "Contenus en mouvement ou clignotants contrôlables",
            "Aucun carrousel, défilement automatique ni clignotement ; les résultats en direct et le minuteur d'atelier changent de valeur sans bouger."),
        Met("13.9", "Consultable dans les deux orientations", "Aucune orientation n'est imposée ; la mise en page s'adapte à la largeur."),
        NotApplicable("13.10", "Gestes complexes : alternative par geste simple", "Aucune fonction ne demande de geste complexe (glisser, pincer, tracer)."),
        Met("13.11", "Actions au pointeur annulables", "Les commandes sont des boutons et liens natifs, déclenchés au relâchement : on annule en sortant du bouton avant de relâcher."),
        NotApplicable("13.12", "Mouvements de l'appareil : alternative", "Aucune fonction n'utilise le mouvement de l'appareil."),
    ];
}
