using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Roadmap.E2E.Tests.Pages;
using Roadmap.E2E.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Roadmap.E2E.Tests.Deployment;

/// <summary>
/// Issue 14's smoke journey, through nginx in front of two published nodes on PostgreSQL and Redis: pages (compressed,
/// static files cached, HTTP redirected), sign-in whichever node serves each request, a change made on
/// node A seen on node B, and a live poll whose participants sit on both nodes closing with the exact tally.
/// </summary>
[Collection(TwoNodesJourneys.Name)]
public sealed partial class TwoNodesSmokeTests(TwoNodesBehindNginx site, BrowserFixture browser)
{
    private string RoadmapPath => $"/feuilles-de-route/{site.Data.Slug}";

    [SkippableFact]
    public async Task PagesComeCompressedAndStaticFilesFromNginxCache()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        using var plain = site.NewClient();
        var html = await site.PageAsync(plain, RoadmapPath);
        Assert.Contains(site.Data.RoadmapTitle, html);

        using var raw = site.NewClient(decompress: false);
        foreach (var encoding in new[] { "br", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RoadmapPath);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            using var response = await raw.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            var sent = (await response.Content.ReadAsByteArrayAsync()).Length;
            Assert.True(sent * 2 < Encoding.UTF8.GetByteCount(html), $"{encoding} : {sent} octets envoyés pour {Encoding.UTF8.GetByteCount(html)} de HTML");
        }

        var stylesheet = "/" + Stylesheet().Match(html).Groups[1].Value;
        Assert.NotEqual("/", stylesheet);
        using (var first = await plain.GetAsync(stylesheet))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var second = await plain.GetAsync(stylesheet))
        {
            Assert.Equal("HIT", second.Headers.GetValues("X-Cache").Single());
        }

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = site.PlainSite };
        using var redirect = await http.GetAsync("/accessibilite");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("https", redirect.Headers.Location?.Scheme);
    }

    [SkippableFact]
    public async Task SignInHoldsWhicheverNodeServesEachRequest()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        Skip.If(browser.SkipReason is not null, browser.SkipReason);

        // Each page load spreads its requests over both nodes: the form of one node is posted to the other, the cookie
        // one node signed is read by the other. Three sign-ins stay under the sign-in rate limit of one address.
        for (var i = 0; i < 3; i++)
        {
            await using var context = await browser.NewContextAsync(site.Site, selfSignedSite: true);
            var page = await SignIn.AsAsync(context, SmokeData.AdminEmail, site.Data.Password);
            await page.GotoAsync("/admin/feuilles-de-route");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = site.Data.RoadmapTitle }).First).ToBeVisibleAsync();
            await page.GotoAsync(RoadmapPath);
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" })).ToBeVisibleAsync();
        }
    }

    [SkippableFact]
    public async Task AChangeOnNodeAIsSeenOnNodeBAndThroughNginx()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        using var nodeA = new HttpClient { BaseAddress = site.NodeA };
        using var nodeB = new HttpClient { BaseAddress = site.NodeB };
        Assert.Contains(site.Data.AxisTitle, await site.PageAsync(nodeB, RoadmapPath));

        var title = $"Inclusion numérique partout {Guid.NewGuid().ToString("N")[..6]}";
        nodeA.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(nodeA, SmokeData.AdminEmail));
        using var edit = await nodeA.PutAsJsonAsync($"/api/v1/admin/axes/{site.Data.AxisId}", new { title, description = "Accompagner tous les publics.", objectives = Array.Empty<string>() });
        Assert.True(edit.IsSuccessStatusCode, $"{edit.StatusCode} {await edit.Content.ReadAsStringAsync()}");

        // Node A counts the eviction in Redis before answering, and the shared generation is in every copy's key
        // (decision 037): node B shows the change at once.
        Assert.Contains(title, await site.PageAsync(nodeB, RoadmapPath));
        using var public_ = site.NewClient();
        for (var i = 0; i < 4; i++)
        {
            Assert.Contains(title, await site.PageAsync(public_, RoadmapPath));
        }
    }

    [SkippableFact]
    public async Task APollWithParticipantsOnBothNodesClosesWithTheExactTally()
    {
        Skip.If(site.SkipReason is not null, site.SkipReason);
        using var client = site.NewClient();
        await using var facilitator = await LiveRoom.JoinAsync(site, site.Data.JoinCode, null, await SignInAsync(client, SmokeData.FacilitatorEmail));
        var participants = new List<LiveRoom>();
        try
        {
            for (var i = 0; i < 24; i++)
            {
                participants.Add(await LiveRoom.JoinAsync(site, site.Data.JoinCode, $"Participant·e {i + 1}"));
            }

            Assert.Equal(["a", "b"], participants.Select(p => p.Node).Distinct().Order());
            var cookiesPage = await site.PageAsync(client, "/cookies");
            Assert.All(participants[0].Cookies.GetCookies(participants[0].Hub), cookie => Assert.Contains($"<code>{cookie.Name}</code>", cookiesPage));

            var poll = await facilitator.Connection.InvokeAsync<JsonElement>("OpenPoll", new
            {
                kind = "SingleChoice",
                question = "Quelle priorité pour le territoire ?",
                options = new[] { "Tiers-lieux", "Fibre", "Médiation numérique" }.Select(text => new { text, actionId = (Guid?)null }),
                maxChoices = (int?)null,
                points = (int?)null,
                durationSeconds = (int?)null,
            });
            var pollId = poll.GetProperty("id").GetGuid();
            var optionIds = poll.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToArray();
            var expected = new int[optionIds.Length];
            for (var i = 0; i < participants.Count; i++)
            {
                await participants[i].Opened.WaitAsync(TimeSpan.FromSeconds(30));
                var option = i % 5 % optionIds.Length;
                await participants[i].Connection.InvokeAsync<JsonElement>("CastBallot", pollId, new { optionIds = new[] { optionIds[option] }, points = (object?)null, score = (int?)null });
                expected[option]++;
            }

            var closed = LiveRoom.Tally((await facilitator.Connection.InvokeAsync<JsonElement>("ClosePoll", pollId)).GetProperty("results"));
            Assert.Equal(participants.Count, closed.Ballots);
            Assert.Equal(expected, closed.Votes);
            foreach (var participant in participants)
            {
                var seen = LiveRoom.Tally((await participant.Closed.WaitAsync(TimeSpan.FromSeconds(30))).GetProperty("results"));
                Assert.Equal(expected, seen.Votes);
            }
        }
        finally
        {
            foreach (var participant in participants)
            {
                await participant.DisposeAsync();
            }
        }
    }

    private async Task<string> SignInAsync(HttpClient client, string email)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = site.Data.Password });
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    [GeneratedRegex("""<link rel="stylesheet" href="/?(css/site[^"]*\.css)" """)]
    private static partial Regex Stylesheet();
}
