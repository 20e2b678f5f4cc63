using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Common.Caching;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Hubs.ScaleOut;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.PublicCache;

/// <summary>
/// Two nodes sharing the page cache in Redis (docs/decisions/037-public-page-cache.md): a write committed on one node
/// is never followed by the old page on the other, not even for an instant — the shared generation is in every
/// copy's key. Needs ROADMAP_TEST_POSTGRES and ROADMAP_TEST_REDIS (test.sh starts both).
/// </summary>
public sealed class TwoNodePageCacheTests(ScaleOutCluster cluster) : IClassFixture<ScaleOutCluster>
{
    private static readonly string RoadmapPath = $"/feuilles-de-route/{DemoFacts.Sarthe}";

    private static readonly string MemberEmail = DemoFacts.Participant(3);

    [SkippableFact]
    public async Task AChangeOnOneNodeIsOnTheOtherAtOnceEveryTime()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        var axisId = await FirstAxisIdAsync();
        var admin = await BearerAsync(cluster.NodeA, DemoFacts.Administrator);

        for (var round = 0; round < 5; round++)
        {
            // Node B keeps the page, node A serves B's copy: one copy for both.
            await ReadAsync(cluster.NodeB, RoadmapPath);
            await ReadAsync(cluster.NodeA, RoadmapPath);

            var title = $"Axe renommé sur A, tour {round} {Guid.NewGuid():N}";
            using var edited = await admin.PutAsJsonAsync($"/api/v1/admin/axes/{axisId}", new { title, description = "", objectives = Array.Empty<string>() });
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

            Assert.Contains(title, await ReadAsync(cluster.NodeB, RoadmapPath));
            Assert.Contains(title, await ReadAsync(cluster.NodeA, RoadmapPath));
        }

        Assert.Equal(Generation(cluster.NodeA), Generation(cluster.NodeB));
    }

    /// <summary>
    /// The caller's facts are kept between requests under the same generation (decision 052): a team role revoked on
    /// one node counts on the other's next request once it heard the new generation (Redis publish, milliseconds) — the
    /// hidden action a team member read there is gone.
    /// </summary>
    [SkippableFact]
    public async Task ATeamRoleRevokedOnOneNodeCountsOnTheOtherAtOnce()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);
        var (actionId, memberId) = await ActionAndMemberAsync();
        var admin = await BearerAsync(cluster.NodeA, DemoFacts.Administrator);
        var member = await BearerAsync(cluster.NodeB, MemberEmail);
        using var hidden = await admin.PostAsJsonAsync($"/api/v1/moderation/actions/{actionId}", new { decision = "hide", reason = "Propos hors sujet" });
        Assert.Equal(HttpStatusCode.NoContent, hidden.StatusCode);
        var teamPath = $"/api/v1/admin/roadmaps/{DemoFacts.Sarthe}/team/{memberId}";

        for (var round = 0; round < 3; round++)
        {
            using var granted = await admin.PutAsJsonAsync(teamPath, new { role = "Facilitator" });
            Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/actions/{actionId}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/api/v1/actions/{actionId}")).StatusCode);

            using var revoked = await admin.DeleteAsync(teamPath);
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
            // B hears A's new generation through Redis' publish, which may land a moment after A answered (CI once saw B's
            // request win that race): B's next request once it heard it.
            Assert.True(SpinWait.SpinUntil(() => Generation(cluster.NodeB) >= Generation(cluster.NodeA), TimeSpan.FromSeconds(5)));
            Assert.Equal(HttpStatusCode.Gone, (await member.GetAsync($"/api/v1/actions/{actionId}")).StatusCode);
        }

        using var restored = await admin.PostAsJsonAsync($"/api/v1/moderation/actions/{actionId}", new { decision = "restore" });
        Assert.Equal(HttpStatusCode.NoContent, restored.StatusCode);
    }

    [SkippableFact]
    public async Task BothNodesReadTheSharedGenerationAtStart()
    {
        Skip.If(cluster.Missing is not null, cluster.Missing);

        await WaitUntilAsync(() => Known(cluster.NodeA) && Known(cluster.NodeB));

        Assert.Equal(Generation(cluster.NodeA), Generation(cluster.NodeB));
    }

    private static long Generation(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<PublicDataGeneration>().Current;

    private static bool Known(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<PublicDataGeneration>().Known;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }

    private static async Task<string> ReadAsync(WebApplicationFactory<Program> node, string path)
    {
        using var response = await node.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpClient> BearerAsync(WebApplicationFactory<Program> node, string email)
    {
        var client = node.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = RoadmapWebFactory.DemoPassword });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task<(Guid ActionId, Guid MemberId)> ActionAndMemberAsync()
    {
        await using var scope = cluster.NodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == DemoFacts.Sarthe).Select(r => r.Id).SingleAsync();
        var actionId = await db.Actions.Where(a => a.RoadmapId == roadmapId && a.HiddenAt == null).OrderBy(a => a.Title).Select(a => a.Id).FirstAsync();
        var memberId = await db.Users.Where(u => u.Email == MemberEmail).Select(u => u.Id).SingleAsync();
        Assert.False(await db.TeamMembers.AnyAsync(m => m.UserId == memberId), "The member must start in no team.");
        return (actionId, memberId);
    }

    private async Task<Guid> FirstAxisIdAsync()
    {
        await using var scope = cluster.NodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RoadmapDbContext>();
        var roadmapId = await db.Roadmaps.Where(r => r.Slug == DemoFacts.Sarthe).Select(r => r.Id).SingleAsync();
        return await db.Axes.Where(a => a.RoadmapId == roadmapId && a.ArchivedAt == null).OrderBy(a => a.Position).Select(a => a.Id).FirstAsync();
    }
}
