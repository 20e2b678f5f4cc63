using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Actions.GetActionDetails;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Infrastructure;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// A visible comment's line (author, role, position, date, « modifié ») and its text as one piece of HTML, the same for
/// every reader. Written element by element, these lines were the largest part of the thread's render tree, built again
/// on every request for some thirty comments a page (issue 14). The HTML is kept as long as the comment's rendered text
/// is: that string comes with the comment's shared read (decision 039), every reader's copy of the comment holds the
/// same instance, and it is dropped with that read. A kept line is checked against the comment's facts before use, so a
/// text two comments happen to share never gives one the other's line.
/// </summary>
internal static class CommentHead
{
    private static readonly ConditionalWeakTable<string, Written> Kept = new();

    public static MarkupString Of(CommentView comment)
    {
        if (Kept.TryGetValue(comment.BodyHtml, out var kept) && kept.IsFor(comment))
        {
            return kept.Html;
        }

        var written = new Written(comment.AuthorName, comment.AuthorRole, comment.Alignment, comment.CreatedAt, comment.Edited, Write(comment));
        Kept.AddOrUpdate(comment.BodyHtml, written);
        return written.Html;
    }

    private static MarkupString Write(CommentView comment)
    {
        var html = new StringBuilder(comment.BodyHtml.Length + 320)
            .Append("<p class=\"comment-meta\"><strong>").Append(PageText.Html.Encode(comment.AuthorName))
            .Append("</strong> <span class=\"muted\">(").Append(PageText.Html.Encode(RoleNames.FrenchLabel(comment.AuthorRole.ToString())))
            .Append(")</span> <span class=\"badge align-").Append(comment.Alignment.ToString().ToLowerInvariant()).Append("\">")
            .Append(PageText.Html.Encode(comment.Alignment.French()))
            .Append("</span> <time datetime=\"").Append(FrenchFormat.Instant(comment.CreatedAt)).Append("\">")
            .Append(PageText.Html.Encode(FrenchFormat.DateTime(comment.CreatedAt))).Append("</time>");
        if (comment.Edited)
        {
            html.Append("<span class=\"muted\"> (modifié)</span>");
        }

        return new MarkupString(html.Append("</p><div class=\"prose\">").Append(comment.BodyHtml).Append("</div>").ToString());
    }

    private sealed record Written(string AuthorName, ParticipantRole AuthorRole, CommentAlignment Alignment, DateTimeOffset CreatedAt, bool Edited, MarkupString Html)
    {
        public bool IsFor(CommentView comment) =>
            string.Equals(AuthorName, comment.AuthorName, StringComparison.Ordinal) && AuthorRole == comment.AuthorRole
            && Alignment == comment.Alignment && CreatedAt.EqualsExact(comment.CreatedAt) && Edited == comment.Edited;
    }
}
