namespace Roadmap.Application.Accessibility;

public static partial class RgaaCriteria
{
    private static RgaaCriterion[] Forms =>
    [
        Met("11.1", "Chaque champ a une étiquette", $"Chaque champ a un label relié par for/id ; {Axe} (règle label)."),
        Met("11.2", "Étiquettes pertinentes", "Les étiquettes disent ce qui est attendu ; les consignes sont reliées par aria-describedby (FieldErrors)."),
        Met("11.3", "Étiquettes cohérentes d'une page à l'autre",
            "Les champs de compte sont un seul composant (TextField) ; un même champ porte la même étiquette partout (« Adresse électronique », « Mot de passe »)."),
        Met("11.4", "Étiquette et champ accolés", "Chaque étiquette est placée juste au-dessus de son champ, ou juste à droite d'une case à cocher ou d'un bouton radio."),
        Met("11.5", "Champs de même nature regroupés", "Les groupes de boutons radio et de cases (rôles, fréquences des courriels, options de sondage, indicateurs) sont dans des fieldset."),
        Met("11.6", "Regroupements légendés", "Chaque fieldset a une legend (relu dans chaque formulaire)."),
        Met("11.7", "Légendes pertinentes", "Les légendes posent la question du groupe (« Qui peut soutenir les actions ? », « Courriels pour : … »)."),
        Met("11.8", "Items d'une liste de choix regroupés",
            "La longue liste d'actions du constructeur de sondage est groupée par axe (optgroup) ; les autres listes sont courtes et homogènes."),
        Met("11.9", "Intitulés de boutons pertinents",
            "Les boutons disent l'action (« Soutenir cette action », « Envoyer le commentaire ») ; un bouton répété dans une liste est complété par le nom de l'objet."),
        Met("11.10", "Contrôle de saisie pertinent",
            "Les champs obligatoires sont annoncés (aria-required, « Les champs sans mention « facultatif » sont obligatoires ») ; chaque erreur est écrite en français sous son champ (aria-invalid) et résumée en haut du formulaire."),
        Met("11.11", "Suggestions pour corriger les erreurs",
            "Les messages disent quoi corriger (longueur permise, format attendu d'une date ou d'un nombre, exemple de code SIREN)."),
        Met("11.12", "Données modifiables ou récupérables avant une action engageante",
            "La suppression du compte demande le mot de passe et une case de confirmation ; un commentaire se corrige pendant 30 minutes ; un soutien se retire ; les envois refusés gardent la saisie."),
        Met("11.13", "Finalité des champs déductible (remplissage automatique)",
            "Les champs de données personnelles portent autocomplete : username, email, name, current-password, new-password."),
    ];
}
