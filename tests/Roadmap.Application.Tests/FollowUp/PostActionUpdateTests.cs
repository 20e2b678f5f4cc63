using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.FollowUp.GetActionUpdate;
using Roadmap.Application.FollowUp.PostActionUpdate;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

public sealed class PostActionUpdateTests() : ApplicationTest(frozenClock: true)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(RoadmapBuilder.Now.UtcDateTime);

    private FollowUpScenario _s = default!;

    public static TheoryData<string, string> Roles => new()
    {
        { "anonyme", "401" },
        { RoleNames.Citizen, "403" },
        { RoleNames.ElectedOfficial, "403" },
        { RoleNames.Actor, "403" },
        { "pilote", "✓" },
        { "pilote d'une autre action", "403" },
        { "animateur·rice de A", "403" },
        { "gestionnaire de A", "✓" },
        { "animateur·rice de B", "403" },
        { "gestionnaire de B", "403" },
        { RoleNames.Facilitator, "403" },
        { RoleNames.Administrator, "✓" },
    };

    protected override async Task ArrangeAsync()
    {
        _s = new FollowUpScenario(Host);
        await _s.ArrangeAsync();
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task PilotsAndManagersOfTheRoadmapAlonePost(string who, string expected)
    {
        await _s.SignInAsync(who);

        var outcome = await OutcomeAsync(() => Host.SendAsync(Update()));

        Assert.Equal(expected, outcome);
        Assert.Equal(expected == "✓" ? 1 : 0, await Host.WithDbAsync(db => db.Updates.CountAsync()));
    }

    [Fact]
    public async Task APercentMovesTheActionInProgressWithTheTitleAsReason()
    {
        _s.SignInAsPilot();

        var posted = await Host.SendAsync(Update() with { NewProgress = 40 });

        var (action, update) = await LoadAsync(posted.UpdateId);
        Assert.Equal((ActionStatus.InProgress, 40), (action.Status, action.ProgressPercent));
        Assert.Equal((ActionStatus?)ActionStatus.InProgress, update.StatusAfter);
        Assert.Equal(40, update.ProgressAfter);
        Assert.Equal("Comité de pilotage de mars", action.History[^1].Reason);
    }

    [Fact]
    public async Task DoneMovesTheActionTo100AndNothingElseLeavesItWhereItIs()
    {
        _s.SignInAsPilot();

        var still = await Host.SendAsync(Update());
        var done = await Host.SendAsync(Update() with { Title = "Fin", NewStatus = ActionStatus.Done });

        Assert.Null((await LoadAsync(still.UpdateId)).Update.StatusAfter);
        var (action, update) = await LoadAsync(done.UpdateId);
        Assert.Equal((ActionStatus.Done, 100), (action.Status, action.ProgressPercent));
        Assert.Equal((ActionStatus.Done, 100), (update.StatusAfter!.Value, update.ProgressAfter!.Value));
    }

    [Fact]
    public async Task APercentIsRefusedWhenTheProgressComesFromIndicators()
    {
        await Host.WithDbAsync(async db =>
        {
            var action = await db.Actions.SingleAsync(a => a.Id == _s.Action.Id);
            action.ChooseProgressRule(ProgressRule.FromIndicators, [], RoadmapBuilder.Now);
            return await db.SaveChangesAsync();
        });
        _s.SignInAsPilot();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Update() with { NewProgress = 30 }));
        await Host.SendAsync(Update() with { NewStatus = ActionStatus.Done });

        Assert.Equal(PostActionUpdateHandler.ProgressFromIndicators, Assert.Single(refused.Errors[nameof(PostActionUpdate.NewProgress)]));
        Assert.Equal(1, await Host.WithDbAsync(db => db.Updates.CountAsync()));
    }

    [Theory]
    [InlineData(ActionStatus.Retained, null)]
    [InlineData(ActionStatus.InProgress, 100)]
    [InlineData(ActionStatus.Done, 50)]
    [InlineData(null, 101)]
    [InlineData(null, -1)]
    public async Task ContradictoryOrImpossibleMovesAreRefusedInFrench(ActionStatus? status, int? progress)
    {
        _s.SignInAsPilot();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Update() with { NewStatus = status, NewProgress = progress }));

        Assert.All(refused.Errors.Values.SelectMany(m => m), m => Assert.DoesNotContain("must", m, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await Host.WithDbAsync(db => db.Updates.CountAsync()));
    }

    [Fact]
    public async Task AnActionNotRetainedHasNoPointDEtape()
    {
        var builder = new RoadmapBuilder();
        var roadmap = builder.Build();
        var proposed = Drafts.Proposed(roadmap, _s.ProposerId);
        await Host.SaveAsync(builder.Owner, roadmap, proposed);
        Host.User.SignIn(await Host.NewUserAsync("Admin"), null, RoleNames.Administrator);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(Update() with { ActionId = proposed.Id }));

        Assert.Equal(RoadmapAction.NotFollowedUp, refused.Message);
    }

    [Fact]
    public async Task ADoubleSubmitReturnsThePointDEtapeAlreadyPosted()
    {
        _s.SignInAsPilot();
        var key = Guid.NewGuid();

        var first = await Host.SendAsync(Update() with { SubmissionKey = key, NewProgress = 20 });
        var second = await Host.SendAsync(Update() with { SubmissionKey = key, NewProgress = 20 });

        Assert.Equal(first.UpdateId, second.UpdateId);
        Assert.True(second.AlreadyPosted);
        Assert.Equal(1, await Host.WithDbAsync(db => db.Updates.CountAsync()));
        Assert.Equal(1, (await LoadAsync(first.UpdateId)).Action.History.Count(h => h.To == ActionStatus.InProgress));
    }

    [Fact]
    public async Task FollowersAreToldButNotTheAuthor()
    {
        var follower = await Host.NewUserAsync("Habitante");
        await Host.SaveAsync(
            Follow.Start(follower, FollowTarget.Action, _s.Action.Id, RoadmapBuilder.Now),
            Follow.Start(_s.PilotId, FollowTarget.Action, _s.Action.Id, RoadmapBuilder.Now));
        _s.SignInAsPilot();

        var posted = await Host.SendAsync(Update() with { NewStatus = ActionStatus.Done });

        var notices = await Host.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.UpdatePosted).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal(follower, notice.UserId);
        Assert.Equal(posted.Link, notice.Link);
        Assert.StartsWith($"Point d'étape sur « {_s.Action.Title} » : Comité de pilotage de mars", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Réalisée", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInMarkdownComesOutInert()
    {
        _s.SignInAsPilot();

        var posted = await Host.SendAsync(Update() with { Body = "Bilan <script>alert('x')</script> [lien](javascript:alert(1)) <img src=x onerror=alert(1)>" });

        var html = (await Host.SendAsync(new GetActionUpdate(posted.UpdateId))).BodyHtml;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Bilan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LineBreaksAndUnicodeAreKept()
    {
        _s.SignInAsPilot();
        const string body = "Première ligne\r\nDeuxième ligne — « élu·es » 🚲 日本";

        var posted = await Host.SendAsync(Update() with { Title = "Étape n° 2 🚲", Body = body });

        var (_, update) = await LoadAsync(posted.UpdateId);
        Assert.Equal(("Étape n° 2 🚲", body), (update.Title, update.Body));
    }

    [Theory]
    [InlineData("", "texte", "Title")]
    [InlineData("   ", "texte", "Title")]
    [InlineData("titre", "", "Body")]
    [InlineData("huge-title", "texte", "Title")]
    [InlineData("titre", "huge-body", "Body")]
    public async Task EmptyOrHugeTextIsRefusedAtItsField(string title, string body, string field)
    {
        _s.SignInAsPilot();
        title = title == "huge-title" ? new string('t', ActionUpdate.TitleMaxLength + 1) : title;
        body = body == "huge-body" ? new string('b', ActionUpdate.BodyMaxLength + 1) : body;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(Update() with { Title = title, Body = body }));

        Assert.Contains(field, refused.Errors.Keys);
        Assert.Equal(0, await Host.WithDbAsync(db => db.Updates.CountAsync()));
    }

    [Fact]
    public async Task ADateInTheFutureIsRefused()
    {
        _s.SignInAsPilot();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Host.SendAsync(Update() with { OccurredOn = Today.AddDays(5) }));

        Assert.Contains("futur", refused.Message, StringComparison.Ordinal);
    }

    private PostActionUpdate Update() => new(_s.Action.Id, "Comité de pilotage de mars", "Les **premières permanences** ont ouvert.", Today);

    private Task<(RoadmapAction Action, ActionUpdate Update)> LoadAsync(Guid updateId) => Host.WithDbAsync(async db =>
    {
        var update = await db.Updates.AsNoTracking().SingleAsync(u => u.Id == updateId);
        return (await db.Actions.AsNoTracking().SingleAsync(a => a.Id == update.ActionId), update);
    });

    private static async Task<string> OutcomeAsync<T>(Func<Task<T>> send)
    {
        try
        {
            await send();
            return "✓";
        }
        catch (UnauthenticatedException)
        {
            return "401";
        }
        catch (ForbiddenException)
        {
            return "403";
        }
    }
}
