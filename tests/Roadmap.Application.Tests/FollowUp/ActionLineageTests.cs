using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ReviewAction;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.FollowUp.GetActionLineage;
using Roadmap.Application.FollowUp.PostActionUpdate;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.FollowUp;

/// <summary>The action's timeline: idea → promotion → review → merge → retained → point d'étape → value → done.</summary>
public sealed class ActionLineageTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task TheTimelineTellsTheWholeStoryInOrder()
    {
        var builder = new RoadmapBuilder().WithSlug("lignee");
        var roadmap = builder.Build();
        var admin = await Host.NewUserAsync("Administratrice");
        var participant = await Host.NewUserAsync("Participante");
        var (workshop, attendance, idea, action) = PromotedIdea.In(roadmap, admin, participant);
        var twin = Drafts.Proposed(roadmap, participant);
        await Host.SaveAsync(builder.Owner, roadmap, workshop, attendance, idea, action, twin);

        Host.User.SignIn(admin, null, RoleNames.Administrator);
        Host.Clock.Advance(TimeSpan.FromDays(1));
        await Host.SendAsync(new ReviewAction(action.Id, ActionStatus.UnderReview));
        Host.Clock.Advance(TimeSpan.FromDays(1));
        await Host.SendAsync(new ReviewAction(twin.Id, ActionStatus.Merged, "Même projet", MergedIntoId: action.Id));
        Host.Clock.Advance(TimeSpan.FromDays(1));
        await Host.SendAsync(new ReviewAction(action.Id, ActionStatus.Retained, "Prioritaire"));
        Host.Clock.Advance(TimeSpan.FromDays(10));
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        await Host.SendAsync(new PostActionUpdate(action.Id, "Premières stations", "Trois stations ouvertes.", today.AddDays(-2)));
        await Host.WithDbAsync(async db =>
        {
            var indicator = await db.Indicators.FirstAsync(i => i.ActionId == action.Id);
            var value = IndicatorValue.Record(indicator, today.AddDays(-1), 1250m, "Comptage", "", admin, Host.Clock.GetUtcNow());
            value.Correct(today.AddDays(-1), 1250m, "Comptage corrigé", "", "Source précisée", admin, Host.Clock.GetUtcNow());
            db.IndicatorValues.Add(value);
            return await db.SaveChangesAsync();
        });
        Host.Clock.Advance(TimeSpan.FromHours(1));
        await Host.SendAsync(new PostActionUpdate(action.Id, "Fin du déploiement", "Toutes les stations.", today, ActionStatus.Done));

        var lineage = await Host.SendAsync(new GetActionLineage(action.Id));

        Assert.Equal(
            [
                LineageEventKind.IdeaPosted, LineageEventKind.Promoted, LineageEventKind.UnderReview, LineageEventKind.MergedFrom,
                LineageEventKind.Retained, LineageEventKind.UpdatePosted, LineageEventKind.ValueMeasured, LineageEventKind.UpdatePosted, LineageEventKind.Done,
            ],
            lineage.Events.Select(e => e.Kind));
        var ideaEvent = lineage.Events[0];
        Assert.Contains("Atelier mobilités", ideaEvent.Heading, StringComparison.Ordinal);
        Assert.Contains("Des vélos partagés en gare", ideaEvent.Detail, StringComparison.Ordinal);
        Assert.Equal($"/ateliers/{workshop.Id}", ideaEvent.Link);
        var merged = lineage.Events[3];
        Assert.Equal(($"/feuilles-de-route/lignee/actions/{twin.Id}", "Même projet"), (merged.Link, merged.Detail));
        Assert.Equal("Prioritaire", lineage.Events[4].Detail);
        var value = lineage.Events[6];
        Assert.StartsWith("1 250 personnes mesurés le", value.Heading.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains("Source précisée", value.Detail, StringComparison.Ordinal);
        Assert.Equal(today.AddDays(-1), value.Day);
        Assert.Contains("/points-d-etape/", lineage.Events[5].Link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnActionMergedIntoAnotherSaysWhereItWent()
    {
        var builder = new RoadmapBuilder().WithSlug("fusion");
        var roadmap = builder.Build();
        var admin = await Host.NewUserAsync("Administratrice");
        var kept = Drafts.Proposed(roadmap, admin);
        var gone = Drafts.Proposed(roadmap, admin);
        await Host.SaveAsync(builder.Owner, roadmap, kept, gone);
        Host.User.SignIn(admin, null, RoleNames.Administrator);
        await Host.SendAsync(new ReviewAction(gone.Id, ActionStatus.Merged, "Doublon", MergedIntoId: kept.Id));
        Host.User.SignOut();

        var lineage = await Host.SendAsync(new GetActionLineage(gone.Id));

        Assert.Equal([LineageEventKind.Proposed, LineageEventKind.MergedInto], lineage.Events.Select(e => e.Kind));
        Assert.Equal($"/feuilles-de-route/fusion/actions/{kept.Id}", lineage.Events[1].Link);
        Assert.Contains(kept.Title, lineage.Events[1].Heading, StringComparison.Ordinal);
    }
}
