using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// What every piece of the comment section needs to know: where it is, who looks, and which form the
/// address opened (« ?repondre=… », « ?modifier=… », « ?supprimer=… », « ?signaler=… »). Without
/// JavaScript, each of those forms is a link to the same page that renders it in place.
/// </summary>
public sealed record CommentContext(string RoadmapSlug, Guid ActionId, bool SignedIn, bool CanComment)
{
    public Guid? ReplyTo { get; init; }

    public Guid? EditId { get; init; }

    public Guid? DeleteId { get; init; }

    public Guid? ReportId { get; init; }

    public string ActionPath => Links.Action(RoadmapSlug, ActionId);

    /// <summary>The page with one form opened under <paramref name="commentId"/>, scrolled to it.</summary>
    public string Open(string form, Guid commentId) => $"{ActionPath}?{form}={commentId}#commentaire-{commentId}";

    public string Anchor(Guid commentId) => $"{ActionPath}#commentaire-{commentId}";

    /// <summary>Back to the page, scrolled to <paramref name="anchor"/>, with a confirmation to show once.</summary>
    public string Done(string message, string anchor) => $"{ActionPath}?message={message}#{anchor}";

    public string SignIn(string anchor) => $"/compte/connexion?returnUrl={Uri.EscapeDataString($"{ActionPath}#{anchor}")}";
}
