using System.Net;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Workshops.Manage;

/// <summary>The .ics and .md downloads of a workshop.</summary>
public sealed class WorkshopFilesTests(ManageWebApp app) : IClassFixture<ManageWebApp>
{
    [Fact]
    public async Task TheCalendarFileDescribesTheWorkshop()
    {
        var id = await app.ScheduleAsync("Atelier au calendrier");
        var workshop = await app.WorkshopAsync(id);

        var calendarEvent = await EventAsync(id);

        Assert.Equal("Atelier au calendrier", calendarEvent.Summary);
        Assert.Equal($"{id}@roadmap", calendarEvent.Uid);
        Assert.Equal(workshop.StartsAt.UtcDateTime.AddTicks(-(workshop.StartsAt.Ticks % TimeSpan.TicksPerSecond)), calendarEvent.DtStart!.AsUtc);
        Assert.Equal("Salle du conseil, Le Mans", calendarEvent.Location);
    }

    [Fact]
    public async Task TheCalendarFileIsADownloadNamedAfterTheTitle()
    {
        var id = await app.ScheduleAsync("Atelier : numérique & écoles");

        var response = await app.Anonymous().GetAsync($"/ateliers/{id}/calendrier.ics");

        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("atelier-atelier-numerique-ecoles.ics", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task TheCalendarFileOfACancelledWorkshopSaysCancelled()
    {
        var id = await app.ScheduleAsync("Atelier annulé");
        await FormPost.SubmitAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{id}/annuler", "annuler-atelier",
            new Dictionary<string, string> { ["Reason"] = "Intempéries" });

        var calendarEvent = await EventAsync(id);

        Assert.Equal("CANCELLED", calendarEvent.Status);
    }

    [Fact]
    public async Task TheCalendarDescriptionGivesTheAgendaAndTheJoinPage()
    {
        var id = await app.ScheduleAsync("Atelier décrit");

        var description = (await EventAsync(id)).Description ?? "";

        Assert.True(description.Contains("1. Tour de table", StringComparison.Ordinal));
        Assert.True(description.Contains("/rejoindre", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCalendarLinksIgnoreAForgedHostHeader()
    {
        var id = await app.ScheduleAsync("Atelier à l'hôte falsifié");

        var ics = await ForgedHost.Client(app.App).GetStringAsync($"/ateliers/{id}/calendrier.ics");

        var calendarEvent = Calendar.Load(ics)!.Events.Single();
        Assert.Equal($"{RoadmapWebFactory.PublicUrl}/ateliers/{id}", calendarEvent.Url?.AbsoluteUri);
        Assert.DoesNotContain(ForgedHost.Host, ics, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("calendrier.ics")]
    [InlineData("compte-rendu.md")]
    public async Task FilesOfAnUnknownWorkshopAreNotFound(string file)
    {
        var response = await app.Anonymous().GetAsync($"/ateliers/{Guid.NewGuid()}/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<CalendarEvent> EventAsync(Guid id)
    {
        var response = await app.Anonymous().GetAsync($"/ateliers/{id}/calendrier.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Single();
    }
}
