using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// What every piece of the comment section needs to know: where it is, who looks, and which form the
/// address opened (« ?repondre=… », « ?modifier=… », « ?supprimer=… », « ?signaler=… »). Without
/// JavaScript, each of those forms is a link to the same page that renders it in place.
/// With <see cref="UpdateId"/>, the thread is a point d'étape's, and its links stay on the point d'étape's page.
/// </summary>
public sealed record CommentContext(string RoadmapSlug, Guid ActionId, bool SignedIn)
{
    public Guid? UpdateId { get; init; }

    public Guid? ReplyTo { get; init; }

    public Guid? EditId { get; init; }

    public Guid? DeleteId { get; init; }

    public Guid? ReportId { get; init; }

    /// <summary>The page of the thread shown (comments come <c>?page=</c> by page).</summary>
    public int Page { get; init; } = 1;

    public string ActionPath => Links.Action(RoadmapSlug, ActionId);

    /// <summary>The page the thread is on: the action's, or its point d'étape's.</summary>
    public string ThreadPath => UpdateId is { } updateId ? Links.ActionUpdate(RoadmapSlug, ActionId, updateId) : ActionPath;

    /// <summary>The page with one form opened under <paramref name="commentId"/>, scrolled to it (the form's id also picks the thread's page).</summary>
    public string Open(string form, Guid commentId) => Open(ThreadPath, form, commentId);

    /// <summary><see cref="Open(string, Guid)"/> from a thread path already built, for a row that writes several such links.</summary>
    internal static string Open(string threadPath, string form, Guid commentId) => $"{threadPath}?{form}={commentId}#commentaire-{commentId}";

    public string Anchor(Guid commentId) => $"{ThreadPath}?commentaire={commentId}#commentaire-{commentId}";

    /// <summary>Back to the comment's page of the thread, scrolled to it, with a confirmation to show once.</summary>
    public string Done(string message, Guid commentId) => $"{ThreadPath}?message={message}&commentaire={commentId}#commentaire-{commentId}";

    /// <summary>Back to the page of the thread being read, at the comments' heading, with a confirmation to show once.</summary>
    public string Done(string message) => $"{ThreadPath}?message={message}&page={Page}#commentaires-titre";

    /// <summary>A page of the thread.</summary>
    public string PageLink(int page) => $"{ThreadPath}?page={page}#commentaires-titre";

    public string SignIn(string anchor) => $"/compte/connexion?returnUrl={Uri.EscapeDataString($"{ThreadPath}#{anchor}")}";
}
