using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>
/// The web app (<see cref="WebApp"/>) on the demo data, with workshops written straight to the
/// database when a test needs one already scheduled or closed.
/// </summary>
public sealed class ManageWebApp : WebApp
{
    /// <summary>A workshop on the Sarthe roadmap created by the demo facilitator, with one free topic; <paramref name="closed"/> runs and ends it.</summary>
    public Task<Guid> ScheduleAsync(string title, bool closed = false) => WithDbAsync(async db =>
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Slug == DemoFacts.Sarthe);
        var facilitatorId = await db.Users.Where(u => u.Email == DemoFacts.Facilitator).Select(u => u.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var draft = new WorkshopDraft(
            title, now.AddDays(10), 90, WorkshopMode.Hybrid, "https://visio.example.fr/atelier", "Salle du conseil, Le Mans", false, [],
            [new AgendaItemDraft(AgendaItemKind.FreeTopic, null, null, "Tour de table")]);
        var workshop = Workshop.Schedule(roadmap, draft, new HashSet<Guid>(), facilitatorId, JoinCodes.New(), now);
        if (closed)
        {
            workshop.OpenRoom(now);
            workshop.End(now);
        }

        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return workshop.Id;
    });

    public Task<Workshop> WorkshopAsync(Guid id) =>
        WithDbAsync(db => db.Workshops.AsNoTracking().Include(w => w.Agenda).FirstAsync(w => w.Id == id));

    public Task<int> CountWorkshopsAsync(string title) =>
        WithDbAsync(db => db.Workshops.CountAsync(w => w.Title == title));
}
