using Microsoft.EntityFrameworkCore;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Comments;

/// <summary>
/// The web app (<see cref="WebApp"/>) on the demo data. Each test takes its own Sarthe action
/// (<see cref="FreshActionAsync"/>), so tests never see each other's comments.
/// </summary>
public sealed class CommentsWebApp : WebApp
{
    private readonly SemaphoreSlim _actionsLock = new(1, 1);
    private Queue<Guid>? _freshActions;

    /// <summary>A visible Sarthe action no other test of this app has used.</summary>
    public async Task<Guid> FreshActionAsync()
    {
        await _actionsLock.WaitAsync();
        try
        {
            _freshActions ??= new Queue<Guid>(await WithDbAsync(db => db.Actions
                .Where(a => a.HiddenAt == null && db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == DemoFacts.Sarthe))
                .OrderBy(a => a.Title)
                .Select(a => a.Id)
                .ToListAsync()));
            return _freshActions.Dequeue();
        }
        finally
        {
            _actionsLock.Release();
        }
    }

    public static string ActionPath(Guid actionId) => $"/feuilles-de-route/{DemoFacts.Sarthe}/actions/{actionId}";
}
