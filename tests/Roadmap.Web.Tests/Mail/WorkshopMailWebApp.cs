using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Tests.Mail;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mail;

/// <summary>
/// The web app mailing to a real SMTP server on 127.0.0.1 (the outbox worker polls every second), with
/// workshops of the demo facilitator written straight to the database.
/// </summary>
public sealed class WorkshopMailWebApp : WebApp, IAsyncLifetime
{
    public WorkshopMailWebApp()
        : this(TestSmtpServer.Start())
    {
    }

    private WorkshopMailWebApp(TestSmtpServer smtp)
        : base(new RoadmapWebFactory()) => Smtp = smtp;

    internal TestSmtpServer Smtp { get; }

    /// <summary>A workshop in ten days on the Sarthe roadmap, run by the demo facilitator.</summary>
    public Task<Workshop> ScheduleAsync(string title) => WithDbAsync(async db =>
    {
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Axes).FirstAsync(r => r.Slug == DemoFacts.Sarthe);
        var facilitatorId = await db.Users.Where(u => u.Email == DemoFacts.Facilitator).Select(u => u.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var draft = new WorkshopDraft(
            title, now.AddDays(10), 90, WorkshopMode.Hybrid, "https://visio.example.fr/atelier", "Salle du conseil, Le Mans", false, [], []);
        var workshop = Workshop.Schedule(roadmap, draft, new HashSet<Guid>(), facilitatorId, JoinCodes.New(), now);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync();
        return workshop;
    });

    /// <summary>Opens and ends the workshop, as its facilitators would in the room.</summary>
    public Task<int> CloseAsync(Guid id) => WithDbAsync(async db =>
    {
        var workshop = await db.Workshops.FirstAsync(w => w.Id == id);
        workshop.OpenRoom(DateTimeOffset.UtcNow);
        workshop.End(DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Host settings, read before the services are registered (the mail transport is chosen then).</summary>
    protected override WebApplicationFactory<Program> Configure(RoadmapWebFactory root) => root.WithWebHostBuilder(builder => builder
        .UseSetting("Mail:Host", "127.0.0.1")
        .UseSetting("Mail:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Mail:Security", "None")
        .UseSetting("Mail:PollSeconds", "1")
        .UseSetting("Mail:ScheduleSeconds", "1"));

    Task IAsyncLifetime.DisposeAsync() => Smtp.DisposeAsync().AsTask();
}
