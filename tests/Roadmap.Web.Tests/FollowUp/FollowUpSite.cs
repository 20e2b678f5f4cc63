using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>A followed-up action of the demo per test (so tests sharing the app do not meet), and the people around it.</summary>
internal static class FollowUpSite
{
    public sealed record FollowedAction(Guid Id, Guid RoadmapId, string Slug)
    {
        public string Page => $"/feuilles-de-route/{Slug}/actions/{Id}";
    }

    /// <summary>The <paramref name="index"/>-th retained or in-progress visible action of the demo, without pilots or difficulty set by another test.</summary>
    public static Task<FollowedAction> ActionAsync(WebApp app, int index) => app.WithDbAsync(db =>
        (from a in db.Actions
         join r in db.Roadmaps on a.RoadmapId equals r.Id
         where (a.Status == ActionStatus.Retained || a.Status == ActionStatus.InProgress) && a.HiddenAt == null
         orderby a.Id
         select new FollowedAction(a.Id, a.RoadmapId, r.Slug))
        .Skip(index).FirstAsync());

    /// <summary>A new account, manager of the action's roadmap.</summary>
    public static async Task<string> ManagerAsync(WebApp app, FollowedAction action, string name = "Morgane Gestionnaire")
    {
        var manager = await app.NewAccountAsync(displayName: name);
        await app.WithDbAsync(db =>
        {
            db.TeamMembers.Add(RoadmapTeamMember.Grant(action.RoadmapId, manager.Id, TeamRole.Manager, manager.Id, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        return manager.Email!;
    }

    /// <summary>A new account, already pilot of the action.</summary>
    public static async Task<string> PilotAsync(WebApp app, FollowedAction action)
    {
        var pilot = await app.NewAccountAsync(displayName: "Pierre Pilote");
        await app.WithDbAsync(db =>
        {
            db.Pilots.Add(ActionPilot.Name(action.Id, pilot.Id, pilot.Id, DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        return pilot.Email!;
    }
}
