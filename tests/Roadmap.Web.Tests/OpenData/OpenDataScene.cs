using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.OpenData;

/// <summary>What the open data tests add to the demo data: comments in every state, on a Hérault action.</summary>
public static class OpenDataScene
{
    public static string Files(string slug) => $"/feuilles-de-route/{slug}/donnees";

    public static string ApiFiles(string slug) => $"/api/v1/roadmaps/{slug}/datasets";

    /// <summary>Writes a comment by <paramref name="authorId"/> on <paramref name="actionId"/>, then <paramref name="change"/> (hide, hold, delete…).</summary>
    public static Task<Guid> CommentAsync(this WebApp app, Guid actionId, Guid authorId, string body, Action<Comment>? change = null) =>
        app.WithDbAsync(async db =>
        {
            var action = await db.Actions.SingleAsync(a => a.Id == actionId);
            var comment = Comment.Write(action, null, authorId, ParticipantRole.Citizen, body, CommentAlignment.For, DateTimeOffset.UtcNow);
            change?.Invoke(comment);
            db.Comments.Add(comment);
            await db.SaveChangesAsync();
            return comment.Id;
        });

    public static Task<Guid> VisibleActionAsync(this WebApp app, string slug, int skip = 0) =>
        app.WithDbAsync(db => db.Actions
            .Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == slug))
            .OrderBy(a => a.Title).Skip(skip).Select(a => a.Id).FirstAsync());
}
