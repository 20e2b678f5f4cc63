using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Mediation.GetMediatedVoices;
using Roadmap.Application.Mediation.ListMyContributions;
using Roadmap.Application.Moderation;
using Roadmap.Application.Moderation.ModerateMediatedContribution;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Mediation;

namespace Roadmap.Application.Tests.Moderation;

public sealed class ModerateMediatedContributionTests : ApplicationTest
{
    private MediationScene _scene = default!;
    private Guid _commentId;

    protected override async Task ArrangeAsync()
    {
        _scene = await MediationScene.CreateAsync(Host);
        await Host.SendAsync(_scene.Comment());
        _commentId = await Host.WithDbAsync(db => db.MediatedContributions.Select(c => c.Id).SingleAsync());
    }

    private ModerateMediatedContribution Hide(string? reason = "Propos injurieux envers un voisin") => new(_commentId, ModerationDecision.Hide, reason);

    private async Task SignInAsync(string role, TeamRole? teamRole = null, Guid? teamOf = null)
    {
        var id = await Host.NewUserAsync("Camille Martin");
        if (teamRole is { } team)
        {
            await Host.SaveAsync(RoadmapTeamMember.Grant(teamOf ?? _scene.Roadmap.Roadmap.Id, id, team, id, RoadmapBuilder.Now));
        }

        Host.User.SignIn(id, null, role);
    }

    private Task<MediatedContribution> ContributionAsync() => Host.WithDbAsync(db => db.MediatedContributions.AsNoTracking().SingleAsync(c => c.Id == _commentId));

    private Task<List<string>> AuditAsync() => Host.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.At).Select(e => e.Action).ToListAsync());

    [Theory]
    [InlineData(TeamRole.Facilitator)]
    [InlineData(TeamRole.Manager)]
    public async Task TheRoadmapsTeamMayHideItWithAReason(TeamRole teamRole)
    {
        await SignInAsync(RoleNames.Citizen, teamRole);

        await Host.SendAsync(Hide());

        var hidden = await ContributionAsync();
        Assert.True(hidden.IsHidden);
        Assert.Equal("Propos injurieux envers un voisin", hidden.HiddenReason);
    }

    [Theory]
    [InlineData(RoleNames.Facilitator)]
    [InlineData(RoleNames.Administrator)]
    public async Task GlobalStaffMayHideIt(string role)
    {
        await SignInAsync(role);

        await Host.SendAsync(Hide());

        Assert.True((await ContributionAsync()).IsHidden);
    }

    [Fact]
    public async Task AnotherRoadmapsModeratorMayNot()
    {
        var builder = new RoadmapBuilder();
        var other = builder.Build();
        await Host.SaveAsync(builder.Owner, other);
        await SignInAsync(RoleNames.Citizen, TeamRole.Facilitator, other.Id);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Hide()));
        Assert.False((await ContributionAsync()).IsHidden);
    }

    [Fact]
    public async Task TheMediatorWhoRecordedItMayNot()
    {
        Host.User.SignIn(_scene.MediatorId, null, RoleNames.Citizen);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Hide()));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Actor)]
    [InlineData(RoleNames.ElectedOfficial)]
    public async Task ParticipantsMayNot(string role)
    {
        await SignInAsync(role);

        await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(Hide()));
    }

    [Fact]
    public async Task AGuestMustSignIn()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(Hide()));
    }

    [Theory]
    [InlineData(null, "Indiquez le motif du masquage")]
    [InlineData("  ", "Indiquez le motif du masquage")]
    [InlineData("x", "Le motif ne doit pas dépasser 500 caractères.")]
    public async Task HidingNeedsAReasonOfAtMost500Characters(string? reason, string message)
    {
        await SignInAsync(RoleNames.Facilitator);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Hide(reason == "x" ? new string('x', 501) : reason)));

        Assert.StartsWith(message, Assert.Single(refused.Errors["Reason"]), StringComparison.Ordinal);
        Assert.False((await ContributionAsync()).IsHidden);
    }

    [Fact]
    public async Task AHiddenVoiceLeavesTheActionsPage()
    {
        await SignInAsync(RoleNames.Facilitator);

        await Host.SendAsync(Hide());

        Host.User.SignOut();
        Assert.Empty((await Host.SendAsync(new GetMediatedVoices(_scene.ActionId))).Comments);
    }

    [Fact]
    public async Task HidingIsInTheAuditJournalWithItsReason()
    {
        await SignInAsync(RoleNames.Facilitator);

        await Host.SendAsync(Hide());

        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("mediation.hidden", _scene.Roadmap.Roadmap.Id, "Camille Martin"), (entry.Action, entry.RoadmapId!.Value, entry.ActorName));
        Assert.Contains("Propos injurieux envers un voisin", entry.After, StringComparison.Ordinal);
        Assert.Contains("Jeanne D.", entry.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItsMediatorSeesWhenAndWhyItWasHidden()
    {
        await SignInAsync(RoleNames.Facilitator);
        await Host.SendAsync(Hide());

        Host.User.SignIn(_scene.MediatorId, null, RoleNames.Citizen);
        var entry = (await Host.SendAsync(new ListMyContributions())).Items.Single();

        Assert.NotNull(entry.HiddenAt);
        Assert.Equal("Propos injurieux envers un voisin", entry.HiddenReason);
    }

    [Fact]
    public async Task ASecondSubmitKeepsTheFirstDecisionAndRecordsNothing()
    {
        await SignInAsync(RoleNames.Facilitator);
        await Host.SendAsync(Hide());

        await Host.SendAsync(Hide("Un autre motif"));

        Assert.Equal("Propos injurieux envers un voisin", (await ContributionAsync()).HiddenReason);
        Assert.Equal(["mediation.hidden"], await AuditAsync());
    }

    [Fact]
    public async Task TwoSubmitsAtOnceHideItOnce()
    {
        await SignInAsync(RoleNames.Facilitator);

        await Task.WhenAll(Host.SendAsync(Hide()), Host.SendAsync(Hide()));

        Assert.Equal(["mediation.hidden"], await AuditAsync());
    }

    [Fact]
    public async Task RestoringShowsItAgainOnce()
    {
        await SignInAsync(RoleNames.Facilitator);
        await Host.SendAsync(Hide());

        await Host.SendAsync(new ModerateMediatedContribution(_commentId, ModerationDecision.Restore));
        await Host.SendAsync(new ModerateMediatedContribution(_commentId, ModerationDecision.Restore));

        var restored = await ContributionAsync();
        Assert.Equal((false, ""), (restored.IsHidden, restored.HiddenReason));
        Assert.Equal(["mediation.hidden", "mediation.restored"], await AuditAsync());
    }

    [Fact]
    public async Task ASupportHasNoTextToModerate()
    {
        await Host.SendAsync(_scene.Support());
        var supportId = await Host.WithDbAsync(db => db.MediatedContributions.Where(c => c.Kind == MediatedContributionKind.Support).Select(c => c.Id).SingleAsync());
        await SignInAsync(RoleNames.Facilitator);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new ModerateMediatedContribution(supportId, ModerationDecision.Hide, "Doublon")));

        Assert.Equal(MediatedContribution.SupportNotModerated, refused.Message);
    }

    [Fact]
    public async Task AnUnknownContributionIsNotFound()
    {
        await SignInAsync(RoleNames.Facilitator);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new ModerateMediatedContribution(Guid.NewGuid(), ModerationDecision.Restore)));
    }
}
