using System.Net;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Roadmaps.Team;

/// <summary>The team page's forms posted as a browser without JavaScript: a grant, then a confirmed removal, and a French refusal.</summary>
public sealed class TeamPageFormTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Path = $"/feuilles-de-route/{DemoFacts.Herault}/equipe";

    [Fact]
    public async Task AnAdministratorGrantsThenRemovesATeamRoleFromThePage()
    {
        var person = await app.NewAccountAsync(displayName: "Sacha Équipière");
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var granted = await FollowAsync(client, await FormPost.SubmitAsync(client, $"{Path}?q=Sacha", "ajouter-membre",
            new Dictionary<string, string> { ["Input.UserId"] = person.Id.ToString(), ["Input.Role"] = nameof(TeamRole.Manager) }));

        Assert.Equal(TeamRole.Manager, await app.WithDbAsync(db => db.TeamMembers.Where(m => m.UserId == person.Id).Select(m => m.Role).SingleAsync()));
        Assert.Contains("L'équipe est mise à jour", AccountTestSteps.Text(granted, "[role=status]"), StringComparison.Ordinal);
        Assert.Contains(granted.QuerySelectorAll(".team-table th[scope=row]"), th => th.TextContent == "Sacha Équipière");

        var removed = await FollowAsync(client, await FormPost.SubmitAsync(client, $"{Path}?retirer={person.Id}", $"retirer-{person.Id:N}", new Dictionary<string, string>()));

        Assert.False(await app.WithDbAsync(db => db.TeamMembers.AnyAsync(m => m.UserId == person.Id)));
        Assert.Contains("La personne a été retirée de l'équipe.", AccountTestSteps.Text(removed, "[role=status]"), StringComparison.Ordinal);
        Assert.DoesNotContain(removed.QuerySelectorAll(".team-table th[scope=row]"), th => th.TextContent == "Sacha Équipière");
    }

    [Fact]
    public async Task GrantingWithoutChoosingAPersonIsRefusedInFrenchAndChangesNothing()
    {
        await app.NewAccountAsync(displayName: "Alix Candidate");
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        var before = await app.WithDbAsync(db => db.TeamMembers.CountAsync());

        var response = await FormPost.SubmitAsync(client, $"{Path}?q=Alix", "ajouter-membre", new Dictionary<string, string> { ["Input.Role"] = nameof(TeamRole.Facilitator) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Contains("La modification n'a pas été enregistrée.", AccountTestSteps.Text(page, ".alert"), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.TeamMembers.CountAsync()));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await FormPost.GetPageAsync(client, response.Headers.Location!.OriginalString);
    }
}
