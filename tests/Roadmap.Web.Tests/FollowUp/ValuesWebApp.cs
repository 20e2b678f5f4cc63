using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

/// <summary>The web app with a demo action of the Sarthe retained, an indicator on it, and a pilot (an Actor account) named on it.</summary>
public sealed class ValuesWebApp : WebApp
{
    private (string Slug, Guid ActionId, Guid IndicatorId, string PilotEmail)? _followed;

    public async Task<(string Slug, Guid ActionId, Guid IndicatorId, string PilotEmail)> FollowedAsync()
    {
        if (_followed is { } followed)
        {
            return followed;
        }

        var pilot = await NewAccountAsync(RoleNames.Actor, displayName: "Paule Pilote");
        var admin = await IdOfAsync(DemoFacts.Administrator);
        var (actionId, indicatorId) = await WithDbAsync(async db =>
        {
            var roadmapId = await db.Roadmaps.Where(r => r.Slug == DemoFacts.Sarthe).Select(r => r.Id).SingleAsync();
            var action = (await db.Actions.Where(a => a.RoadmapId == roadmapId && a.HiddenAt == null).ToListAsync())
                .First(a => a.Indicators.Count > 0 && (a.IsFollowedUp || a.CanMoveTo(ActionStatus.Retained)));
            if (!action.IsFollowedUp)
            {
                action.Retain(admin, "Retenue pour le test", DateTimeOffset.UtcNow);
            }

            db.Pilots.Add(ActionPilot.Name(action.Id, pilot.Id, admin, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (action.Id, action.Indicators[0].Id);
        });
        _followed = (DemoFacts.Sarthe, actionId, indicatorId, pilot.Email!);
        return _followed.Value;
    }
}
