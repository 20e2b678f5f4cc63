using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Support;

/// <summary>What web tests read from or add to the demo data, through the public API or the database.</summary>
public static class DemoReads
{
    /// <summary>The id of the first axis of a demo roadmap, read through the public API.</summary>
    public static async Task<Guid> FirstAxisAsync(this WebApp app, string slug)
    {
        var roadmap = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{slug}");
        return roadmap.GetProperty("axes")[0].GetProperty("id").GetGuid();
    }

    /// <summary>The ids of a roadmap's actions still open to support (proposed, under review or retained).</summary>
    public static async Task<IReadOnlyList<Guid>> OpenActionsAsync(this WebApp app, string slug)
    {
        using var client = app.Anonymous();
        var roadmap = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roadmaps/{slug}");
        return roadmap.GetProperty("axes").EnumerateArray()
            .SelectMany(axis => axis.GetProperty("actions").EnumerateArray())
            .Where(a => a.GetProperty("status").GetString() is "Proposed" or "UnderReview" or "Retained")
            .Select(a => a.GetProperty("id").GetGuid())
            .ToList();
    }

    public static Task<RoadmapAction?> FindActionAsync(this WebApp app, Guid id) =>
        app.WithDbAsync(db => db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id));

    /// <summary>A notification for <paramref name="email"/>, written straight to the database.</summary>
    public static async Task<Guid> NotifyAsync(this WebApp app, string email, string text, string link = "/feuilles-de-route/usages-numeriques-sarthe")
    {
        var notification = Notification.Create(await app.IdOfAsync(email), NotificationKind.NewComment, text, link, DateTimeOffset.UtcNow);
        await app.WithDbAsync(db =>
        {
            db.Notifications.Add(notification);
            return db.SaveChangesAsync();
        });
        return notification.Id;
    }
}
