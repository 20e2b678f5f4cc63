using System.Reflection;
using Roadmap.Application.Audit.ListAuditEntries;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain.Audit;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Audit;

/// <summary>The journal: read by Administrators only, newest first, filtered; append-only by construction.</summary>
public sealed class AuditJournalTests() : ApplicationTest(frozenClock: true)
{
    private Guid _sarthe;
    private string _title = "";

    protected override async Task ArrangeAsync()
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        _sarthe = roadmap.Id;
        _title = roadmap.Title;
        await Host.SaveAsync(builder.Owner, roadmap);
        var now = RoadmapBuilder.Now;
        await Host.SaveAsync(
            AuditEntry.Record(now.AddDays(-10), null, "Ligne de commande", null, "territory.imported", "Sarthe", null, """{"communes":354}"""),
            AuditEntry.Record(now.AddDays(-5), Guid.NewGuid(), "Camille Martin", _sarthe, "roadmap.created", "Feuille de route « Sarthe »", null, "{}"),
            AuditEntry.Record(now.AddDays(-1), Guid.NewGuid(), "Dominique Durand", _sarthe, "something.new", "Autre chose", "{}", "{}"));
    }

    [Fact]
    public async Task AdministratorsReadItNewestFirstWithFrenchLabels()
    {
        await SignInAsync(RoleNames.Administrator);

        var page = await Host.SendAsync(new ListAuditEntries());

        Assert.Equal(["something.new", "Feuille de route créée", "Territoire importé"], page.Items.Select(e => e.ActionLabel));
        Assert.Equal([_title, _title, null], page.Items.Select(e => e.RoadmapTitle));
        Assert.Equal(3, page.TotalCount);
    }

    [Fact]
    public async Task FiltersByRoadmapPersonAndDays()
    {
        await SignInAsync(RoleNames.Administrator);
        var today = DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime);

        Assert.Equal(2, (await Host.SendAsync(new ListAuditEntries(RoadmapSlug: "sarthe"))).TotalCount);
        Assert.Equal("Camille Martin", Assert.Single((await Host.SendAsync(new ListAuditEntries(ActorQuery: "camille"))).Items).ActorName);
        Assert.Equal("territory.imported", Assert.Single((await Host.SendAsync(new ListAuditEntries(To: today.AddDays(-8)))).Items).Action);
        Assert.Equal(2, (await Host.SendAsync(new ListAuditEntries(From: today.AddDays(-5), To: today))).TotalCount);
    }

    [Fact]
    public async Task BadFiltersGetFrenchMessages()
    {
        await SignInAsync(RoleNames.Administrator);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.SendAsync(new ListAuditEntries(ActorQuery: new string('x', 101), From: new DateOnly(2026, 3, 2), To: new DateOnly(2026, 3, 1), Page: 0)));

        Assert.Equal(3, refused.Errors.Count);
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.ElectedOfficial)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.Facilitator)]
    public async Task OnlyAdministratorsReadIt(string role)
    {
        await SignInAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(new ListAuditEntries()));
    }

    [Fact]
    public async Task AnAnonymousVisitorIsAskedToSignIn() =>
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new ListAuditEntries()));

    [Fact]
    public void AnEntryCannotBeChangedOnceRecorded()
    {
        var type = typeof(AuditEntry);

        Assert.All(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => Assert.False(p.SetMethod?.IsPublic ?? false, $"{p.Name} has a public setter"));
        Assert.DoesNotContain(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly), m => !m.IsSpecialName);
        Assert.Empty(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
    }

    private async Task SignInAsync(string role) => Host.User.SignIn(await Host.NewUserAsync(role), null, role);
}
