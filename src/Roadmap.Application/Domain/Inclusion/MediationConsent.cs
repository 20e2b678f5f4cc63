namespace Roadmap.Application.Domain.Inclusion;

/// <summary>The text a mediator reads to the resident before recording anything; its version is kept with each entry.</summary>
public static class MediationConsent
{
    public const int CurrentVersion = 1;

    public const string Text =
        "Je vais enregistrer votre avis sur la plateforme de la feuille de route, en votre nom. " +
        "Seuls votre prénom, l'initiale de votre nom, votre commune et, si vous le souhaitez, votre tranche d'âge seront enregistrés. " +
        "Votre avis sera public, avec votre prénom, votre initiale et votre commune, et indiqué comme recueilli par notre structure ; " +
        "les données ouvertes le publient sans votre prénom ni votre initiale. " +
        "Vous pouvez demander à tout moment de le corriger ou de le retirer. Êtes-vous d'accord ?";

    public const string Missing = "Lisez le texte de consentement à l'habitant·e et cochez la case : rien n'est enregistré sans son accord.";
}
