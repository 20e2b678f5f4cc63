namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private const string NoMedia = "Aucun média audio ou vidéo n'est publié sur le site ; la visio des ateliers est un service tiers (contenu non soumis).";

    private static RgaaCriterion[] Multimedia =>
    [
        NotApplicable("4.1", "Médias temporels pré-enregistrés : transcription ou audiodescription", NoMedia),
        NotApplicable("4.2", "Transcriptions et audiodescriptions pertinentes", NoMedia),
        NotApplicable("4.3", "Médias synchronisés : sous-titres", NoMedia),
        NotApplicable("4.4", "Sous-titres pertinents", NoMedia),
        NotApplicable("4.5", "Audiodescription synchronisée", NoMedia),
        NotApplicable("4.6", "Audiodescription pertinente", NoMedia),
        NotApplicable("4.7", "Médias temporels clairement identifiables", NoMedia),
        NotApplicable("4.8", "Médias non temporels : alternative", "Aucun média non temporel (animation, applet)."),
        NotApplicable("4.9", "Alternatives aux médias non temporels pertinentes", "Aucun média non temporel."),
        NotApplicable("4.10", "Sons déclenchés automatiquement contrôlables", "Le site ne joue aucun son."),
        NotApplicable("4.11", "Médias temporels contrôlables au clavier et au pointeur", NoMedia),
        NotApplicable("4.12", "Médias non temporels contrôlables au clavier et au pointeur", "Aucun média non temporel."),
        NotApplicable("4.13", "Médias compatibles avec les technologies d'assistance", NoMedia),
    ];
}
