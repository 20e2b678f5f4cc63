using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Roadmaps.Admin.AdvanceDuePhases;
using Roadmap.Application.Roadmaps.Admin.AdvancePhase;
using Roadmap.Application.Roadmaps.Admin.ArchiveRoadmap;
using Roadmap.Application.Roadmaps.Admin.CreateRoadmap;
using Roadmap.Application.Roadmaps.Admin.EditRoadmap;
using Roadmap.Application.Roadmaps.Admin.GetRoadmapForAdmin;
using Roadmap.Application.Roadmaps.Admin.SchedulePhases;
using Roadmap.Application.Roadmaps.ListRoadmaps;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Roadmaps.Admin;

/// <summary>The roadmap back office through the mediator: who may do what, the journal, the followers, double submits.</summary>
public sealed class RoadmapAdminUseCaseTests() : ApplicationTest(frozenClock: true)
{
    private TerritorialRoadmap _a = default!;
    private TerritorialRoadmap _b = default!;
    private Organisation _owner = default!;
    private Guid _person;

    protected override async Task ArrangeAsync()
    {
        var builderA = new RoadmapBuilder().InPhase(RoadmapPhase.Diagnostic);
        _a = builderA.Build();
        _owner = builderA.Owner;
        var builderB = new RoadmapBuilder();
        _b = builderB.Build();
        await Host.SaveAsync(builderA.Owner, builderB.Owner, _a, _b);
        _person = await Host.NewUserAsync("Camille Martin");
    }

    public static TheoryData<string, bool, bool> Callers => new()
    {
        // caller → manages roadmap A, administrator
        { "anonyme", false, false },
        { RoleNames.Citizen, false, false },
        { RoleNames.ElectedOfficial, false, false },
        { RoleNames.Actor, false, false },
        { RoleNames.Facilitator, false, false },
        { "animateur·rice de l'équipe A", false, false },
        { "gestionnaire de l'équipe B", false, false },
        { "gestionnaire de l'équipe A", true, false },
        { RoleNames.Administrator, true, true },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task EachCommandIsAllowedToItsCallersOnly(string caller, bool manages, bool administers)
    {
        await SignInAsAsync(caller);

        await ExpectAsync(manages, new EditRoadmap(_a.Slug, _owner.Id, "Nouveau titre", "Résumé", "Description"));
        await ExpectAsync(manages, new SchedulePhases(_a.Slug, [new PhaseDates(RoadmapPhase.Concertation, new DateOnly(2026, 4, 1), null)], true));
        await ExpectAsync(manages, new AdvancePhase(_a.Slug, RoadmapPhase.Diagnostic, "La concertation s'ouvre."));
        await ExpectAsync(manages, new GetRoadmapForAdmin(_a.Slug));
        await ExpectAsync(administers, new CreateRoadmap(_owner.Id, "Une autre", "une-autre", "", ""));
        await ExpectAsync(administers, new ArchiveRoadmap(_a.Slug));

        var stored = await Host.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == _a.Id));
        Assert.Equal(manages ? RoadmapPhase.Concertation : RoadmapPhase.Diagnostic, stored.CurrentPhase);
        Assert.Equal(administers, stored.IsArchived);
        Assert.Equal((manages ? 3 : 0) + (administers ? 1 : 0), await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.RoadmapId == _a.Id)));
    }

    [Fact]
    public async Task ACreatedRoadmapIsListedAtOnceAndJournaled()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);

        var slug = await Host.SendAsync(new CreateRoadmap(_owner.Id, "Transition écologique", "transition-ecologique", "Ce que fait la Sarthe.", "# Pourquoi"));

        var listed = Assert.Single(await Host.SendAsync(new ListRoadmaps()), r => r.Slug == slug);
        Assert.Equal(RoadmapPhase.Diagnostic, listed.Phase);
        Assert.False(listed.Archived);
        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "roadmap.created"));
        Assert.Contains("transition-ecologique", entry.After);
    }

    [Fact]
    public async Task ATakenAddressIsRefusedInFrench()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new CreateRoadmap(_owner.Id, "Doublon", _b.Slug, "", "")));

        Assert.Equal(["Cette adresse est déjà prise."], refused.Errors["Slug"]);
        var renamed = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(new EditRoadmap(_a.Slug, _owner.Id, "A", "", "", _b.Slug)));
        Assert.Equal(["Cette adresse est déjà prise."], renamed.Errors["Slug"]);
    }

    [Fact]
    public async Task EditingKeepsTheAddressUnlessANewOneIsGiven()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);

        Assert.Equal(_a.Slug, await Host.SendAsync(new EditRoadmap(_a.Slug, _owner.Id, "Titre modifié", "Résumé", "Texte")));
        Assert.Equal("nouvelle-adresse", await Host.SendAsync(new EditRoadmap(_a.Slug, _owner.Id, "Titre modifié", "Résumé", "Texte", "nouvelle-adresse")));

        var view = await Host.SendAsync(new GetRoadmapForAdmin("nouvelle-adresse"));
        Assert.Equal(("Titre modifié", "Résumé"), (view.Title, view.Summary));
        var entries = await Host.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "roadmap.edited").ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Before!.Contains("Usages numériques") && e.After!.Contains("Titre modifié"));
        Assert.Contains(entries, e => e.After!.Contains("nouvelle-adresse"));
    }

    [Fact]
    public async Task AnAdvanceNotifiesEachFollowerOnceButNotTheManagerWhoActed()
    {
        var follower = await Host.NewUserAsync("Lou");
        await Host.SaveAsync(
            Follow.Start(follower, FollowTarget.Roadmap, _a.Id, RoadmapBuilder.Now),
            Follow.Start(_person, FollowTarget.Roadmap, _a.Id, RoadmapBuilder.Now),
            RoadmapTeamMember.Grant(_a.Id, _person, TeamRole.Manager, _person, RoadmapBuilder.Now));
        Host.User.SignIn(_person, null, RoleNames.Citizen);

        var phase = await Host.SendAsync(new AdvancePhase(_a.Slug, RoadmapPhase.Diagnostic, "La concertation est ouverte jusqu'au 30 avril."));

        Assert.Equal(RoadmapPhase.Concertation, phase);
        var notification = await Host.WithDbAsync(db => db.Notifications.SingleAsync());
        Assert.Equal(follower, notification.UserId);
        Assert.Equal(NotificationKind.PhaseChanged, notification.Kind);
        Assert.Contains("passe en phase « Concertation » : La concertation est ouverte", notification.Text);
        var entry = await Host.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "roadmap.advanced"));
        Assert.Contains("Diagnostic", entry.Before);
        Assert.Contains("Concertation", entry.After);
    }

    [Fact]
    public async Task ADoubleSubmittedAdvanceMovesOnePhaseAndTheSecondIsRefused()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);
        var advance = new AdvancePhase(_a.Slug, RoadmapPhase.Diagnostic, "Concertation ouverte.");

        await Host.SendAsync(advance);
        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(advance));

        Assert.Equal("La phase « Diagnostic » est déjà passée : la feuille de route est maintenant en phase « Concertation ».", refused.Message);
        var stored = await Host.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == _a.Id));
        Assert.Equal(RoadmapPhase.Concertation, stored.CurrentPhase);
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "roadmap.advanced")));
    }

    [Fact]
    public async Task AConcurrentDoubleSubmitStillMovesOnePhase()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);
        var advance = new AdvancePhase(_a.Slug, RoadmapPhase.Diagnostic, "Concertation ouverte.");

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await Host.SendAsync(advance);
                return true;
            }
            catch (ConflictException)
            {
                return false;
            }
        }));

        Assert.Single(results, r => r);
        var stored = await Host.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == _a.Id));
        Assert.Equal(RoadmapPhase.Concertation, stored.CurrentPhase);
    }

    [Fact]
    public async Task AnArchivedRoadmapStaysListedMarkedAndRefusesPhaseChanges()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);

        await Host.SendAsync(new ArchiveRoadmap(_a.Slug));

        Assert.True(Assert.Single(await Host.SendAsync(new ListRoadmaps()), r => r.Slug == _a.Slug).Archived);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new AdvancePhase(_a.Slug, RoadmapPhase.Diagnostic, "Suite")));
        Assert.Equal(TerritorialRoadmap.Archived, refused.Message);
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "roadmap.archived")));
    }

    [Fact]
    public async Task ABadScheduleIsRefusedAndTheOldOneKept()
    {
        Host.User.SignIn(_person, null, RoleNames.Administrator);
        await Host.SendAsync(new SchedulePhases(_a.Slug, [new PhaseDates(RoadmapPhase.Diagnostic, new DateOnly(2026, 3, 1), null)], false));

        await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(new SchedulePhases(_a.Slug, [
            new PhaseDates(RoadmapPhase.Diagnostic, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)),
            new PhaseDates(RoadmapPhase.Concertation, new DateOnly(2026, 3, 15), null),
        ], true)));

        var view = await Host.SendAsync(new GetRoadmapForAdmin(_a.Slug));
        Assert.Equal(new PhaseSchedule(RoadmapPhase.Diagnostic, new DateOnly(2026, 3, 1), null), Assert.Single(view.Phases));
        Assert.False(view.AdvancesAutomatically);
    }

    [Fact]
    public async Task TheSweepAdvancesADueRoadmapOnceEvenWhenSentTwiceAtOnce()
    {
        var follower = await Host.NewUserAsync("Lou");
        await Host.SaveAsync(Follow.Start(follower, FollowTarget.Roadmap, _a.Id, RoadmapBuilder.Now));
        Host.User.SignIn(_person, null, RoleNames.Administrator);
        await Host.SendAsync(new SchedulePhases(_a.Slug, [
            new PhaseDates(RoadmapPhase.Diagnostic, new DateOnly(2026, 2, 1), null),
            new PhaseDates(RoadmapPhase.Concertation, new DateOnly(2026, 3, 10), null),
            new PhaseDates(RoadmapPhase.Ateliers, new DateOnly(2026, 4, 10), null),
        ], true));
        Host.User.SignOut();

        var advanced = await Task.WhenAll(Host.SendAsync(new AdvanceDuePhases()), Host.SendAsync(new AdvanceDuePhases()));

        Assert.Equal(1, advanced.Sum());
        var stored = await Host.WithDbAsync(db => db.Roadmaps.AsNoTracking().SingleAsync(r => r.Id == _a.Id));
        Assert.Equal(RoadmapPhase.Concertation, stored.CurrentPhase);
        Assert.Equal("La phase « Concertation » commence, comme prévu le 10 mars 2026.", stored.PhaseMessage);
        Assert.Equal(1, await Host.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "roadmap.advanced")));
        Assert.Equal(1, await Host.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == follower)));
        Assert.Equal(0, await Host.SendAsync(new AdvanceDuePhases()));
    }

    private async Task SignInAsAsync(string caller)
    {
        switch (caller)
        {
            case "anonyme":
                Host.User.SignOut();
                return;
            case "animateur·rice de l'équipe A":
                await Host.SaveAsync(RoadmapTeamMember.Grant(_a.Id, _person, TeamRole.Facilitator, _person, RoadmapBuilder.Now));
                Host.User.SignIn(_person, null, RoleNames.Citizen);
                return;
            case "gestionnaire de l'équipe B":
                await Host.SaveAsync(RoadmapTeamMember.Grant(_b.Id, _person, TeamRole.Manager, _person, RoadmapBuilder.Now));
                Host.User.SignIn(_person, null, RoleNames.Citizen);
                return;
            case "gestionnaire de l'équipe A":
                await Host.SaveAsync(RoadmapTeamMember.Grant(_a.Id, _person, TeamRole.Manager, _person, RoadmapBuilder.Now));
                Host.User.SignIn(_person, null, RoleNames.Citizen);
                return;
            default:
                Host.User.SignIn(_person, null, caller);
                return;
        }
    }

    private async Task ExpectAsync<T>(bool allowed, IRequest<T> request)
    {
        if (allowed)
        {
            await Host.SendAsync(request);
            return;
        }

        var refused = await Record.ExceptionAsync(() => Host.SendAsync(request));
        Assert.True(refused is ForbiddenException or UnauthenticatedException, $"{request.GetType().Name} : {refused?.GetType().Name ?? "accepté"}");
    }
}
