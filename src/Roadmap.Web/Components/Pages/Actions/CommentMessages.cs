namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>Confirmations shown after a comment form redirects back (« ?message=… »): keys in the address, French text here.</summary>
public static class CommentMessages
{
    public const string Posted = "publie";
    public const string AlreadyPosted = "deja-publie";
    public const string Edited = "modifie";
    public const string Deleted = "supprime";
    public const string Upvoted = "utile";
    public const string UpvoteRemoved = "utile-retire";
    public const string Reported = "signale";

    public static string? Text(string? key) => key switch
    {
        Posted => "Votre commentaire est publié.",
        AlreadyPosted => "Ce commentaire était déjà publié : il n'a pas été envoyé deux fois.",
        Edited => "Votre commentaire est modifié.",
        Deleted => "Votre commentaire est supprimé.",
        Upvoted => "Vous avez trouvé ce commentaire utile.",
        UpvoteRemoved => "Votre « utile » est retiré.",
        Reported => "Merci : votre signalement est transmis à l'équipe de modération.",
        _ => null,
    };
}
