using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Demo;

namespace Roadmap.Web.Tests.Hubs.Support;

/// <summary>
/// A workshop on the demo roadmap in the Ateliers phase, run by the demo facilitator, and the demo
/// accounts' tokens (signed in once per app).
/// </summary>
public sealed class DemoRoom
{
    public const string RoadmapSlug = "usages-services-numeriques-herault";

    private DemoRoom(Guid workshopId, string joinCode, IReadOnlyList<Guid> axisIds)
    {
        WorkshopId = workshopId;
        JoinCode = joinCode;
        AxisIds = axisIds;
    }

    public Guid WorkshopId { get; }
    public string JoinCode { get; }
    public IReadOnlyList<Guid> AxisIds { get; }

    public static string Email(string role) => DemoSeeder.DemoAccounts.First(a => a.Role == role).Email;

    public static async Task<DemoRoom> CreateAsync(WebApplicationFactory<Program> app, bool allowGuests = true, WorkshopMode mode = WorkshopMode.Visio)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Slug == RoadmapSlug);
        var facilitatorEmail = Email(RoleNames.Facilitator);
        var facilitatorId = await db.Users.Where(u => u.Email == facilitatorEmail).Select(u => u.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var draft = new WorkshopDraft(
            "Atelier des communes", now.AddMinutes(5), 120, mode, "https://visio.example.fr/atelier", mode == WorkshopMode.Visio ? null : "Salle du conseil, Clermont-l'Hérault", allowGuests, [],
            [.. roadmap.Axes.OrderBy(a => a.Position).Select(a => new AgendaItemDraft(AgendaItemKind.Axis, a.Id, null, null))]);
        var workshop = Workshop.Schedule(roadmap, draft, new HashSet<Guid>(), facilitatorId, JoinCodes.New(), now);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return new DemoRoom(workshop.Id, workshop.JoinCode, [.. roadmap.Axes.OrderBy(a => a.Position).Select(a => a.Id)]);
    }

    public static async Task<Guid> UserIdAsync(WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync();
    }

    public static async Task<int> BallotCountAsync(WebApplicationFactory<Program> app, Guid pollId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().Ballots.CountAsync(b => b.PollId == pollId);
    }
}
