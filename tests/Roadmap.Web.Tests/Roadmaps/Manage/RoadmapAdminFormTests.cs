using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Roadmaps.Manage;

/// <summary>
/// The back-office roadmap forms posted as a browser without JavaScript, with the names the pages render:
/// the phase schedule of …/gestion (saved, or refused in French with nothing changed) and a new roadmap.
/// </summary>
public sealed class RoadmapAdminFormTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Path = $"/feuilles-de-route/{DemoFacts.Herault}/gestion";

    [Fact]
    public async Task AnAdministratorSavesTheScheduleFromThePage()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await SubmitAsync(client, ("2027-01-04", "2027-02-26"), ("2027-03-01", "2027-04-30"), automatic: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le calendrier est enregistré.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "[role=status]"), StringComparison.Ordinal);
        var roadmap = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Slug == DemoFacts.Herault));
        Assert.True(roadmap.AdvancesAutomatically);
        Assert.Equal(
            [new PhaseSchedule(RoadmapPhase.Diagnostic, new DateOnly(2027, 1, 4), new DateOnly(2027, 2, 26)), new PhaseSchedule(RoadmapPhase.Concertation, new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 30))],
            roadmap.Phases);
    }

    [Fact]
    public async Task OverlappingPhasesAreRefusedInFrenchAndTheScheduleIsKept()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        var before = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().Where(r => r.Slug == DemoFacts.Herault).Select(r => new { r.Phases, r.AdvancesAutomatically }).SingleAsync());

        var response = await SubmitAsync(client, ("2027-01-04", "2027-02-26"), ("2027-02-26", "2027-04-30"), automatic: !before.AdvancesAutomatically);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("les phases ne peuvent pas se chevaucher", AccountTestSteps.Text(await FormPost.ReadAsync(response), ".alert"), StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Roadmaps.AsNoTracking().Where(r => r.Slug == DemoFacts.Herault).Select(r => new { r.Phases, r.AdvancesAutomatically }).SingleAsync());
        Assert.Equal(before.Phases, after.Phases);
        Assert.Equal(before.AdvancesAutomatically, after.AdvancesAutomatically);
    }

    [Fact]
    public async Task AnAdministratorCreatesARoadmapFromThePage()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        var ownerId = await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == DemoFacts.Herault).Select(r => r.OwnerOrganisationId).SingleAsync());

        var response = await FormPost.SubmitAsync(client, "/admin/feuilles-de-route/nouvelle", "nouvelle-feuille-de-route", new Dictionary<string, string>
        {
            ["Input.OwnerOrganisationId"] = ownerId.ToString(),
            ["Input.Title"] = "Numérique responsable",
            ["Input.Slug"] = "numerique-responsable",
            ["Input.Summary"] = "Sobriété et réemploi.",
            ["Input.Description"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Numérique responsable", await app.WithDbAsync(db => db.Roadmaps.Where(r => r.Slug == "numerique-responsable").Select(r => r.Title).SingleAsync()));
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, (string Start, string End) diagnostic, (string Start, string End) concertation, bool automatic)
    {
        var fields = new Dictionary<string, string>
        {
            ["Schedule.Starts[0]"] = diagnostic.Start,
            ["Schedule.Ends[0]"] = diagnostic.End,
            ["Schedule.Starts[1]"] = concertation.Start,
            ["Schedule.Ends[1]"] = concertation.End,
        };
        if (automatic)
        {
            fields["Schedule.Automatic"] = "true";
        }

        return FormPost.SubmitAsync(client, Path, "calendrier-phases", fields);
    }
}
