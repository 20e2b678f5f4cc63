using System.Net;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Moderation;

/// <summary>What each role sees and may do of the staff-only parts: the page, its menu entry and the API agree on who is staff.</summary>
public sealed class StaffByRoleTests(WebApp app) : IClassFixture<WebApp>
{
    public static TheoryData<string, bool> Roles => new()
    {
        { DemoFacts.Citizen, false },
        { DemoFacts.Actor, false },
        { "elu@demo.roadmap.local", false },
        { DemoFacts.Facilitator, true },
        { DemoFacts.Administrator, true },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task OnlyStaffOpenTheModerationPage(string email, bool isStaff)
    {
        using var client = await app.SignedInAsync(email);

        var response = await client.GetAsync("/moderation");

        Assert.Equal(isStaff ? HttpStatusCode.OK : HttpStatusCode.Found, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task OnlyStaffSeeTheModerationMenuEntry(string email, bool isStaff)
    {
        using var client = await app.SignedInAsync(email);

        var page = await FormPost.GetPageAsync(client, "/");

        Assert.Equal(isStaff, page.QuerySelectorAll("nav a").Any(a => a.GetAttribute("href") == "/moderation"));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task OnlyStaffSeeTheScheduleButtonOfARoadmapTheyHaveNoTeamIn(string email, bool isStaff)
    {
        using var client = await app.SignedInAsync(email);

        Assert.Equal(isStaff, await ShowsScheduleButtonAsync(client, DemoFacts.Sarthe));
    }

    [Fact]
    public async Task ATeamSeesTheScheduleButtonOfItsRoadmapOnly()
    {
        using var client = await app.SignedInAsync(DemoFacts.DromeManager);

        Assert.Equal((true, false), (await ShowsScheduleButtonAsync(client, DemoFacts.Drome), await ShowsScheduleButtonAsync(client, DemoFacts.Sarthe)));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task OnlyStaffReadTheModerationQueueThroughTheApi(string email, bool isStaff)
    {
        using var client = await app.BearerAsync(email);

        var response = await client.GetAsync("/api/v1/moderation");

        Assert.Equal(isStaff ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<bool> ShowsScheduleButtonAsync(HttpClient client, string slug) =>
        (await FormPost.GetPageAsync(client, $"/feuilles-de-route/{slug}")).QuerySelectorAll("a").Any(a => a.TextContent.Trim() == "Programmer un atelier");
}
