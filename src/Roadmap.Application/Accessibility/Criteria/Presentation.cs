namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private static RgaaCriterion[] Presentation =>
    [
        Met("10.1", "Feuilles de styles pour la présentation",
            "Toute la présentation est en CSS ; la politique de sécurité des contenus interdit même l'attribut style."),
        Met("10.2", "Contenu visible présent sans feuilles de styles",
            "Le contenu est du HTML rendu par le serveur ; les styles n'en ajoutent aucun (pas de contenu généré en CSS porteur d'information)."),
        Met("10.3", "Information compréhensible sans feuilles de styles", "L'ordre du code suit l'ordre de lecture : en-tête, menu, contenu, pied de page."),
        Met("10.4", "Texte lisible à 200 %",
            "Vérifié dans Chromium sur 53 pages de tous les types (ReflowTests) : à 200 % de la taille du texte, tout texte double bien et aucune page ne défile horizontalement."),
        Met("10.5", "Couleurs de fond et de police déclarées ensemble",
            "body déclare color et background, dont héritent les autres blocs ; l'en-tête, les boutons, les badges et le lien d'évitement déclarent les deux."),
        Met("10.6", "Liens visibles par rapport au texte environnant", "Les liens du texte sont soulignés (soulignement du navigateur, jamais retiré hors menu et boutons)."),
        Met("10.7", "Prise de focus visible",
            "Anneau de 3 px (#b3440f) sur tout élément qui reçoit le focus au clavier (:focus-visible) ; seuls main et h1, qui le reçoivent après une navigation, en sont dispensés."),
        Met("10.8", "Contenus cachés destinés à être ignorés",
            "Les textes visually-hidden sont destinés aux lecteurs d'écran ; hidden et aria-hidden ne masquent que des doublons ou de la décoration."),
        Met("10.9", "Information non donnée uniquement par la forme, taille ou position",
            "Aucune consigne ne renvoie à une forme ou une position (« le bouton de droite ») ; la légende des courbes nomme les tirets et les couleurs."),
        Met("10.10", "Information par la forme, taille ou position : implémentation pertinente",
            "La phase en cours est marquée par aria-current et écrite, pas seulement par un cadre épais."),
        Met("10.11", "Pas de défilement horizontal à 320 px",
            "Vérifié dans Chromium à 320 px sur 53 pages de tous les types (ReflowTests) : aucune page plus large que la fenêtre, aucun texte ni contrôle coupé ; seuls les tableaux de données défilent, dans une zone nommée et atteignable au clavier."),
        NotMet("10.12", "Espacement du texte redéfinissable sans perte",
            "Non vérifié : aucun test n'applique encore les espacements du critère (interligne 1,5, paragraphes 2 fois, lettres 0,12 et mots 0,16 fois la taille)."),
        NotApplicable("10.13", "Contenus additionnels au survol ou au focus contrôlables",
            "Aucune infobulle ni contenu qui apparaît au survol ou au focus, hormis le lien d'évitement (10.14)."),
        Met("10.14", "Contenus additionnels par CSS visibles au clavier et au pointeur",
            "Le lien d'évitement, caché hors écran, apparaît dès qu'il reçoit le focus au clavier."),
    ];
}
