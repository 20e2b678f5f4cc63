using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.People;

/// <summary>The notifications, personal data and administration pages, and the follow form, as a browser without JavaScript uses them.</summary>
public sealed class PeoplePagesTests(WebApp app) : IClassFixture<WebApp>
{
    private const string SarthePath = "/feuilles-de-route/usages-numeriques-sarthe";

    [Fact]
    public async Task NotificationsPageListsTheUsersNotificationWithItsLink()
    {
        var user = await app.NewAccountAsync();
        await app.NotifyAsync(user.Email!, "Dominique a commenté une action que vous suivez");
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var page = await FormPost.GetPageAsync(client, "/notifications");

        var link = page.QuerySelector(".notification-list a")!;
        Assert.Equal("Dominique a commenté une action que vous suivez", link.TextContent);
        Assert.Equal(SarthePath, link.GetAttribute("href"));
    }

    [Fact]
    public async Task CitizensNotificationShowsOnTheNotificationsPage()
    {
        await app.NotifyAsync(DemoFacts.Citizen, "Votre commentaire a reçu une réponse");
        var client = await app.SignedInAsync(DemoFacts.Citizen);

        var page = await FormPost.GetPageAsync(client, "/notifications");

        Assert.Contains("Votre commentaire a reçu une réponse", page.QuerySelector(".notification-list")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, HtmlAssertions.CountH1(page.DocumentElement.OuterHtml));
    }

    [Fact]
    public async Task HeaderShowsTheUnreadCount()
    {
        var user = await app.NewAccountAsync();
        await app.NotifyAsync(user.Email!, "Première");
        await app.NotifyAsync(user.Email!, "Seconde");
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var page = await FormPost.GetPageAsync(client, "/");

        var bell = page.QuerySelector("header .notification-bell")!;
        Assert.Equal("Notifications (2 non lues)", Normalize(bell.TextContent));
    }

    [Fact]
    public async Task MarkingAllReadEmptiesTheHeaderCount()
    {
        var user = await app.NewAccountAsync();
        await app.NotifyAsync(user.Email!, "À lire");
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var response = await FormPost.SubmitAsync(client, "/notifications", "tout-lu", new Dictionary<string, string>());

        Assert.Equal("/notifications", Location(response));
        var page = await FormPost.GetPageAsync(client, "/notifications");
        Assert.Equal("Notifications", Normalize(page.QuerySelector(".notification-bell")!.TextContent));
    }

    [Fact]
    public async Task NotificationsPageAsksAnonymousVisitorsToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/notifications");

        Assert.StartsWith("/compte/connexion", Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnonymousVisitorsHaveNoNotificationLink()
    {
        var page = await FormPost.GetPageAsync(app.Anonymous(), "/");

        Assert.Null(page.QuerySelector(".notification-bell"));
    }

    [Fact]
    public async Task FollowingFromTheRoadmapPageOffersToStop()
    {
        var user = await app.NewAccountAsync();
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var response = await FormPost.SubmitAsync(client, SarthePath, "suivi", new Dictionary<string, string>());

        Assert.Equal(SarthePath, Location(response));
        var page = await FormPost.GetPageAsync(client, SarthePath);
        Assert.Equal("Ne plus suivre cette feuille de route", Normalize(page.QuerySelector(".follow button")!.TextContent));
    }

    [Fact]
    public async Task ActionPageOffersToFollowTheAction()
    {
        var client = await app.SignedInAsync(DemoFacts.Facilitator);
        var actionId = await app.WithDbAsync(db => db.Actions
            .Where(a => db.Roadmaps.Any(r => r.Id == a.RoadmapId && r.Slug == "usages-numeriques-sarthe"))
            .OrderBy(a => a.CreatedAt).Select(a => a.Id).FirstAsync());

        var page = await FormPost.GetPageAsync(client, $"{SarthePath}/actions/{actionId}");

        Assert.Equal("Suivre cette action", page.QuerySelector(".follow button")!.TextContent);
    }

    [Fact]
    public async Task ExportDownloadsAJsonFile()
    {
        var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await client.GetAsync("/compte/donnees/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(DemoFacts.Citizen, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalDataPageLinksToTheDownload()
    {
        var client = await app.SignedInAsync(DemoFacts.Citizen);

        var page = await FormPost.GetPageAsync(client, "/compte/donnees");

        Assert.Equal("Télécharger mes données (JSON)", page.QuerySelector("a[href='/compte/donnees/export']")!.TextContent);
    }

    [Fact]
    public async Task DeletingTheAccountSignsOutAndSaysSo()
    {
        var user = await app.NewAccountAsync();
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var response = await SubmitDeletionAsync(client, WebApp.Password, confirmed: true);

        Assert.Equal("/compte/supprime", Location(response));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
        Assert.StartsWith("/compte/connexion", Location(await client.GetAsync("/compte")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeletingWithTheWrongPasswordShowsTheErrorNextToIt()
    {
        var user = await app.NewAccountAsync();
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var response = await SubmitDeletionAsync(client, "Pas-le-bon-mot", confirmed: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Le mot de passe est incorrect.", Text(await FormPost.ReadAsync(response), "#mot-de-passe-erreur"));
    }

    [Fact]
    public async Task DeletingWithoutTheFinalConfirmationKeepsTheAccount()
    {
        var user = await app.NewAccountAsync();
        var client = await app.SignedInAsync(user.Email!, WebApp.Password);

        var response = await SubmitDeletionAsync(client, WebApp.Password, confirmed: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    [Fact]
    public async Task AdministrationPageOpensForAnAdministrator()
    {
        var client = await app.SignedInAsync(DemoFacts.Administrator);

        var page = await FormPost.GetPageAsync(client, "/admin/utilisateurs?q=citoyen");

        Assert.Equal("Comptes et rôles", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".user-list fieldset"));
    }

    [Fact]
    public async Task AdministrationPageIsRefusedToACitizen()
    {
        var client = await app.SignedInAsync(DemoFacts.Citizen);

        var response = await client.GetAsync("/admin/utilisateurs");

        Assert.StartsWith("/compte/acces-refuse", Location(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorChangesRolesWithTheCheckboxes()
    {
        var user = await app.NewAccountAsync();
        var client = await app.SignedInAsync(DemoFacts.Administrator);
        var url = $"/admin/utilisateurs?q={Uri.EscapeDataString(user.Email!)}";

        var response = await FormPost.SubmitAsync(client, url, $"roles-{user.Id:N}", new Dictionary<string, string>
        {
            [$"Input.Roles[{RoleNames.Actor}]"] = "true",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sont enregistrés", Text(await FormPost.ReadAsync(response), "[role=status]"), StringComparison.Ordinal);
        Assert.Equal([RoleNames.Actor], await RolesOfAsync(user.Id));
    }

    private static Task<HttpResponseMessage> SubmitDeletionAsync(HttpClient client, string password, bool confirmed)
    {
        var fields = new Dictionary<string, string> { ["Input.Password"] = password };
        if (confirmed)
        {
            fields["Input.Confirmed"] = "true";
        }

        return FormPost.SubmitAsync(client, "/compte/supprimer", "supprimer-compte", fields);
    }

    private Task<List<string>> RolesOfAsync(Guid userId) =>
        app.WithDbAsync(db => db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync());

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
