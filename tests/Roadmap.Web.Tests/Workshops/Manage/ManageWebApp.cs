using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>
/// The real app on the demo data, with one signed-in (cookie) client per demo account, and workshops
/// written straight to the database when a test needs one already scheduled or closed.
/// </summary>
public sealed class ManageWebApp : IDisposable
{
    public const string Sarthe = "usages-numeriques-sarthe";
    public const string Facilitator = "animateur@demo.roadmap.local";
    public const string Administrator = "admin@demo.roadmap.local";
    public const string Citizen = "citoyen@demo.roadmap.local";

    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public RoadmapWebFactory Factory { get; } = new();

    public HttpClient Anonymous() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> AsAsync(string email)
    {
        if (!_clients.TryGetValue(email, out var client))
        {
            client = Anonymous();
            var response = await AccountTestSteps.SignInAsync(client, email, RoadmapWebFactory.DemoPassword);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            _clients[email] = client;
        }

        return client;
    }

    /// <summary>A workshop on the Sarthe roadmap created by the demo facilitator, with one free topic; <paramref name="closed"/> runs and ends it.</summary>
    public async Task<Guid> ScheduleAsync(string title, bool closed = false)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Slug == Sarthe);
        var facilitatorId = await db.Users.Where(u => u.Email == Facilitator).Select(u => u.Id).FirstAsync();
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
    }

    public async Task<Workshop> WorkshopAsync(Guid id)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().Workshops.AsNoTracking().Include(w => w.Agenda).FirstAsync(w => w.Id == id);
    }

    public async Task<int> CountWorkshopsAsync(string title)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().Workshops.CountAsync(w => w.Title == title);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        Factory.Dispose();
    }
}
