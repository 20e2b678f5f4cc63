namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private const string Axe = "vérifié par axe-core dans les parcours Playwright (PageAudit)";

    private static RgaaCriterion[] Images =>
    [
        Met("1.1", "Images porteuses d'information : alternative textuelle",
            $"Le QR code de l'écran d'atelier a un attribut alt ; les graphiques SVG ont role=\"img\" et un nom (aria-label ou aria-labelledby) ; {Axe} (règles image-alt, svg-img-alt)."),
        Met("1.2", "Images de décoration ignorées par les technologies d'assistance",
            "Le losange du logo, les cases ☑/☐ de la liste de démarrage et les échantillons de légende des graphiques portent aria-hidden=\"true\"."),
        Met("1.3", "Alternatives textuelles pertinentes",
            "« QR code pour rejoindre l'atelier » : le code d'accès est aussi écrit en toutes lettres à côté ; les graphiques sont nommés par leur titre et leur description."),
        NotApplicable("1.4", "CAPTCHA et image-test : alternative identifiant la nature et la fonction", "Aucun CAPTCHA."),
        NotApplicable("1.5", "CAPTCHA : solution d'accès alternatif", "Aucun CAPTCHA."),
        Met("1.6", "Images porteuses d'information : description détaillée si nécessaire",
            "Chaque courbe d'indicateur est accompagnée du tableau des valeurs mesurées ; les résultats de sondage de l'écran sont aussi donnés en texte."),
        Met("1.7", "Descriptions détaillées pertinentes",
            "Le tableau des valeurs reprend toutes les mesures de la courbe (date, valeur, source)."),
        NotApplicable("1.8", "Images texte remplacées par du texte stylé", "Aucune image de texte : titres, boutons et logo sont du texte."),
        Met("1.9", "Légendes d'images reliées à l'image",
            "Les graphiques de résultats de l'écran d'atelier sont des figure avec figcaption."),
    ];

    private static RgaaCriterion[] Frames =>
    [
        NotApplicable("2.1", "Cadres : titre de cadre", "Aucun cadre (iframe) : la visio d'un atelier s'ouvre par un lien, hors du site."),
        NotApplicable("2.2", "Cadres : titre pertinent", "Aucun cadre."),
    ];

    private static RgaaCriterion[] Colours =>
    [
        Met("3.1", "Information non donnée uniquement par la couleur",
            "Statuts, phases et états d'indicateur (« en retard »…) sont écrits ; les courbes se distinguent par leurs tirets, que la légende nomme ; les liens du texte sont soulignés."),
        Met("3.2", "Contraste du texte suffisant", $"Couleurs choisies à 4,5:1 au moins (site.css) ; {Axe} (règle color-contrast)."),
        Met("3.3", "Contraste des composants d'interface et éléments graphiques",
            "Bordures des champs en #4a5360 sur blanc (8:1), anneau de focus #b3440f (5:1), boutons #1d5a8c ; courbes en #1d5a8c, #4a5360 et #8a4b00 sur blanc, au-dessus de 3:1."),
    ];
}
