using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.PublicCache;

/// <summary>
/// The public page cache (docs/decisions/037-public-page-cache.md): anonymous reads are kept until the app commits a
/// write; a change made behind the app's back (raw SQL on the file) shows which answer came from the cache (the shared
/// read cache is left out, <see cref="PageCacheOnlyWebApp"/>).
/// </summary>
public sealed class PublicPageCacheTests(PageCacheOnlyWebApp app) : IClassFixture<PageCacheOnlyWebApp>
{
    private static readonly string RoadmapPath = $"/feuilles-de-route/{DemoFacts.Sarthe}";

    [Fact]
    public async Task AnAnonymousPageIsKeptUntilTheAppCommitsAWrite()
    {
        var axis = await FirstAxisAsync();
        Assert.Contains(axis.Title, await ReadAsync(app.Anonymous(), RoadmapPath));

        await RenameBehindTheAppsBackAsync(axis.Id, "Axe renommé en douce");
        Assert.DoesNotContain("Axe renommé en douce", await ReadAsync(app.Anonymous(), RoadmapPath));

        var admin = await app.BearerAsync(DemoFacts.Administrator);
        using var edited = await admin.PutAsJsonAsync($"/api/v1/admin/axes/{axis.Id}", new { title = "Axe renommé par son équipe", description = "", objectives = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Contains("Axe renommé par son équipe", await ReadAsync(app.Anonymous(), RoadmapPath));
    }

    [Fact]
    public async Task ASignedInVisitorNeverGetsTheKeptCopy()
    {
        var axis = await FirstAxisAsync();
        await ReadAsync(app.Anonymous(), RoadmapPath);
        var title = $"Vu par une personne connectée {Guid.NewGuid():N}";

        await RenameBehindTheAppsBackAsync(axis.Id, title);

        Assert.DoesNotContain(title, await ReadAsync(app.Anonymous(), RoadmapPath));
        Assert.Contains(title, await ReadAsync(await app.SignedInAsync(DemoFacts.Citizen), RoadmapPath));
        var api = await app.BearerAsync(DemoFacts.Citizen);
        Assert.Contains(title, await ReadAsync(api, $"/api/v1/roadmaps/{DemoFacts.Sarthe}"));
    }

    [Fact]
    public async Task AConfirmationWaitingInACookieSkipsTheCache()
    {
        var axis = await FirstAxisAsync();
        await ReadAsync(app.Anonymous(), RoadmapPath);
        var title = $"Confirmation en attente {Guid.NewGuid():N}";
        await RenameBehindTheAppsBackAsync(axis.Id, title);

        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", "roadmap.status=unknown");

        Assert.Contains(title, await ReadAsync(client, RoadmapPath));
    }

    [Fact]
    public async Task TheApiAndEachQueryAPageReadsAreKeptApartAndAnyOtherParameterSharesTheCopy()
    {
        var axis = await FirstAxisAsync();
        var api = $"/api/v1/roadmaps/{DemoFacts.Sarthe}";
        var before = await ReadAsync(app.Anonymous(), api + "?utm_source=lettre");
        var title = $"API gardée {Guid.NewGuid():N}";
        await RenameBehindTheAppsBackAsync(axis.Id, title);

        Assert.Equal(before, await ReadAsync(app.Anonymous(), api + "?utm_source=autre&x=2"));
        Assert.Contains(title, await ReadAsync(app.Anonymous(), $"{api}?page={Random.Shared.Next(1000, 9999)}"));
        Assert.Contains(title, await ReadAsync(app.Anonymous(), RoadmapPath + "?statut=retenue"));
    }

    [Fact]
    public async Task ASignUpKeepsTheCopyAndANewDisplayNameDropsIt()
    {
        var axis = await FirstAxisAsync();
        await ReadAsync(app.Anonymous(), RoadmapPath);
        var title = $"Gardé malgré une inscription {Guid.NewGuid():N}";
        await RenameBehindTheAppsBackAsync(axis.Id, title);

        using var registered = await AccountTestSteps.RegisterAsync(app.Anonymous(), WebApp.NewEmail(), WebApp.Password, WebApp.Password);
        Assert.Equal("/compte/inscription-enregistree", AccountTestSteps.Location(registered));
        var person = await app.NewAccountAsync();
        var client = await app.SignedInAsync(person.Email!, WebApp.Password);
        Assert.DoesNotContain(title, await ReadAsync(app.Anonymous(), RoadmapPath));

        using var renamed = await FormPost.SubmitAsync(client, "/compte", "nom-affiche", new Dictionary<string, string> { ["Input.DisplayName"] = "Camille Renommée" });
        Assert.Equal("/compte", AccountTestSteps.Location(renamed));
        Assert.Contains(title, await ReadAsync(app.Anonymous(), RoadmapPath));
    }

    [Fact]
    public async Task AMissingPageIsNotKept()
    {
        var slug = $"pas-encore-{Guid.NewGuid():N}";
        using var first = await app.Anonymous().GetAsync($"/feuilles-de-route/{slug}");
        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);

        await RenameRoadmapAsync(DemoFacts.Sarthe, slug);
        try
        {
            using var second = await app.Anonymous().GetAsync($"/feuilles-de-route/{slug}");
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }
        finally
        {
            await RenameRoadmapAsync(slug, DemoFacts.Sarthe);
        }
    }

    private static async Task<string> ReadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A write through the app's context, in a transaction of its own as a command's would be.</summary>
    private Task<int> RenameRoadmapAsync(string from, string to) => app.WithDbAsync(db =>
        db.InTransactionAsync(token => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE \"Roadmaps\" SET \"Slug\" = {to} WHERE \"Slug\" = {from}", token), CancellationToken.None));

    private Task<(Guid Id, string Title)> FirstAxisAsync() => app.WithDbAsync(async db =>
    {
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == DemoFacts.Sarthe).Select(r => r.Id).SingleAsync();
        var axis = await db.Axes.Where(a => a.RoadmapId == roadmapId && a.ArchivedAt == null).OrderBy(a => a.Position).FirstAsync();
        return (axis.Id, axis.Title);
    });

    /// <summary>A change the app does not see: straight on the SQLite file, not through its context.</summary>
    private async Task RenameBehindTheAppsBackAsync(Guid axisId, string title)
    {
        var connectionString = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Axes\" SET \"Title\" = $title WHERE \"Id\" = $id";
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$id", axisId.ToString().ToUpperInvariant());
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
