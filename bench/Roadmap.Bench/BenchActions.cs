using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Bench;

/// <summary>Actions, supports and comments built with the domain's own factories, so every rule holds.</summary>
internal static class BenchActions
{
    /// <summary>Supports per action follow a steep curve (most actions have few, some many): 0 to this, minus one.</summary>
    private const int MaxSupports = 16;

    private const int FollowedActions = 5;

    public static List<RoadmapAction> Create(Random random, TerritorialRoadmap roadmap, List<ApplicationUser> users, List<Organisation> organisations,
        Guid facilitator, int count, DateTimeOffset now)
    {
        var actions = new List<RoadmapAction>(count);
        for (var i = 0; i < count; i++)
        {
            var at = now.AddMinutes(i);
            var draft = new ActionDraft(
                roadmap.Axes[i % roadmap.Axes.Count].Id,
                BenchText.Title(random, i + 1),
                BenchText.Summary(random),
                "## Contexte\nUne action **générée** pour le banc d'essai.",
                random.Next(10) == 0 ? null : BenchText.Pick(random, organisations).Id,
                random.Next(4) == 0 ? [BenchText.Pick(random, organisations).Id] : [],
                [BenchText.Pick(random, organisations).Id],
                [new SuccessIndicator("Personnes accompagnées", "personnes", i % 4 == 0 ? null : 0, 100 + i % 900, new DateOnly(2028, 12, 31))],
                new ActionBudget(10_000 + i % 50 * 1_000, "Département, EPCI"),
                []);
            var action = RoadmapAction.Propose(roadmap, draft, BenchText.Pick(random, users).Id, at);
            Decide(random.Next(100), action, facilitator, at.AddDays(3), i == 0);
            actions.Add(action);
        }

        return actions;
    }

    /// <summary>About 60 % stay proposed, 20 % under review, 15 % retained, 4 % not retained, 1 % hidden by moderation.</summary>
    private static void Decide(int roll, RoadmapAction action, Guid facilitator, DateTimeOffset at, bool keepOpen)
    {
        if (keepOpen || roll < 60)
        {
            return;
        }

        action.StartReview(facilitator, "Examen en commission.", at);
        if (roll >= 80 && roll < 95)
        {
            action.Retain(facilitator, "Retenue en comité de pilotage.", at.AddDays(1));
        }
        else if (roll >= 95 && roll < 99)
        {
            action.Reject(facilitator, "Hors compétence du Département.", at.AddDays(1));
        }
        else if (roll == 99)
        {
            action.Hide("Doublon signalé.", at.AddDays(1));
        }
    }

    public static List<Support> Supports(Random random, TerritorialRoadmap roadmap, List<RoadmapAction> actions, List<ApplicationUser> users, DateTimeOffset now)
    {
        var supports = new List<Support>();
        foreach (var action in actions.Where(a => a.IsOpenForSupport))
        {
            var count = (int)(MaxSupports * Math.Pow(random.NextDouble(), 3));
            var first = random.Next(users.Count);
            for (var j = 0; j < count; j++)
            {
                var user = users[(first + j * 7) % users.Count]; // 7 is prime to the user count: distinct supporters
                supports.Add(Support.Give(roadmap, action, user.Id, ParticipantRole.Citizen, user.OrganisationId, now.AddHours(j)));
            }
        }

        return supports;
    }

    /// <summary>
    /// Every participant follows the roadmap and <see cref="FollowedActions"/> actions, as on a site in use: a signed-in
    /// page reads its viewer's follows from among everyone's.
    /// </summary>
    public static List<Follow> Follows(Random random, TerritorialRoadmap roadmap, List<RoadmapAction> actions, List<ApplicationUser> users, DateTimeOffset now) =>
    [
        .. users.SelectMany(user =>
        {
            var first = random.Next(actions.Count);
            return Enumerable.Range(0, FollowedActions)
                .Select(j => Follow.Start(user.Id, FollowTarget.Action, actions[(first + j) % actions.Count].Id, now))
                .Prepend(Follow.Start(user.Id, FollowTarget.Roadmap, roadmap.Id, now));
        }),
    ];

    /// <summary>The first action gets <paramref name="hot"/> comments (a third of them replies); the rest are spread at random.</summary>
    public static List<Comment> Comments(Random random, List<RoadmapAction> actions, List<ApplicationUser> users, int total, int hot, DateTimeOffset now)
    {
        var comments = new List<Comment>(total);
        var threads = new List<Comment>();
        for (var i = 0; i < total; i++)
        {
            var onHot = i < hot;
            var action = onHot ? actions[0] : actions[1 + random.Next(actions.Count - 1)];
            var parent = onHot && threads.Count > 0 && i % 3 == 2 ? BenchText.Pick(random, threads) : null;
            var comment = Comment.Write(action, parent, BenchText.Pick(random, users).Id, ParticipantRole.Citizen, BenchText.Comment(random),
                (CommentAlignment)random.Next(3), now.AddMinutes(i));
            if (onHot && parent is null)
            {
                threads.Add(comment);
            }

            comments.Add(comment);
        }

        return comments;
    }
}
