using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Users;
using Roadmap.Demo;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Participation;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Limits;

/// <summary>page=2147483647 once overflowed Skip: every paged list bounds its page numbers in Application.</summary>
public sealed class PageNumberLimitsTests(WebApp app) : IClassFixture<WebApp>
{
    public static readonly TheoryData<string> OutOfRangePages = new() { "2147483647", "10001", "0", "-5" };

    [Theory]
    [MemberData(nameof(OutOfRangePages))]
    public async Task EveryPagedApiListAnswersAProblemForAPageOutOfRange(string page)
    {
        using var admin = await app.BearerAsync(Email(RoleNames.Administrator));
        var actionId = (await app.OpenActionsAsync(DemoFacts.Sarthe))[0];
        string[] lists =
        [
            $"/api/v1/roadmaps/{DemoFacts.Sarthe}/actions?page={page}",
            $"/api/v1/actions/{actionId}/comments?page={page}",
            $"/api/v1/me/notifications?page={page}",
            $"/api/v1/admin/users?page={page}",
        ];

        foreach (var list in lists)
        {
            var response = await admin.GetAsync(list);

            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{list}: {(int)response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal([Paging.OutOfRange], problem.GetProperty("errors").GetProperty("page").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public async Task PagesWithAHugePageNumberAnswerWithoutAnError()
    {
        using var browser = app.Anonymous();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountTestSteps.SignInAsync(browser, Email(RoleNames.Administrator), RoadmapWebFactory.DemoPassword)).StatusCode);
        var actionId = (await app.OpenActionsAsync(DemoFacts.Sarthe))[0];
        string[] pages =
        [
            $"/feuilles-de-route/{DemoFacts.Sarthe}/actions?page=2147483647",
            $"/feuilles-de-route/{DemoFacts.Sarthe}/actions/{actionId}?page=2147483647",
            "/notifications?page=2147483647",
            "/admin/utilisateurs?page=2147483647",
            "/admin/utilisateurs?page=-2147483648",
        ];

        foreach (var page in pages)
        {
            var response = await browser.GetAsync(page);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }
    }

    private static string Email(string role) => DemoSeeder.DemoAccounts.First(a => a.Role == role).Email;
}
