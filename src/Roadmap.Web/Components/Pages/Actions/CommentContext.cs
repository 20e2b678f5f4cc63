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

    /// <summary>The page of the thread shown (comments come <c>?page=</c> by page).</summary>
    public int Page { get; init; } = 1;

    public string ActionPath => Links.Action(RoadmapSlug, ActionId);

    /// <summary>The page with one form opened under <paramref name="commentId"/>, scrolled to it (the form's id also picks the thread's page).</summary>
    public string Open(string form, Guid commentId) => $"{ActionPath}?{form}={commentId}#commentaire-{commentId}";

    public string Anchor(Guid commentId) => $"{ActionPath}?commentaire={commentId}#commentaire-{commentId}";

    /// <summary>Back to the comment's page of the thread, scrolled to it, with a confirmation to show once.</summary>
    public string Done(string message, Guid commentId) => $"{ActionPath}?message={message}&commentaire={commentId}#commentaire-{commentId}";

    /// <summary>Back to the page of the thread being read, at the comments' heading, with a confirmation to show once.</summary>
    public string Done(string message) => $"{ActionPath}?message={message}&page={Page}#commentaires-titre";

    /// <summary>A page of the thread.</summary>
    public string PageLink(int page) => $"{ActionPath}?page={page}#commentaires-titre";

    public string SignIn(string anchor) => $"/compte/connexion?returnUrl={Uri.EscapeDataString($"{ActionPath}#{anchor}")}";
}
