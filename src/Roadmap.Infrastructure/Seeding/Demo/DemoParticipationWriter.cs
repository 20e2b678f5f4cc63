using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Infrastructure.Seeding.Demo;

/// <summary>Supports, co-signatures and discussions of the demo, given through the domain factories.</summary>
internal sealed class DemoParticipationWriter(RoadmapDbContext db, DemoCast cast, DemoTimeline timeline)
{
    /// <summary>
    /// Hands supports out in turn among the roadmap's supporters, so counts vary by action while
    /// nobody goes past the roadmap's cap (and the sign-in accounts keep most of theirs).
    /// </summary>
    public void GiveSupports(TerritorialRoadmap roadmap, DemoRoadmapContent content, IReadOnlyDictionary<string, RoadmapAction> actions)
    {
        var supporters = content.Supporters.Select(email => cast[email]).Where(p => roadmap.VotingRules.Allows(p.Role)).ToList();
        var given = supporters.ToDictionary(p => p.Id, _ => 0);
        var next = 0;
        foreach (var spec in content.Actions)
        {
            var action = actions[spec.Key];
            var chosen = new List<DemoParticipant>();
            for (var tried = 0; tried < supporters.Count && chosen.Count < spec.Supports; tried++)
            {
                var person = supporters[next];
                next = (next + 1) % supporters.Count;
                if (given[person.Id] < CapFor(roadmap, person))
                {
                    chosen.Add(person);
                    given[person.Id]++;
                }
            }

            for (var i = 0; i < chosen.Count; i++)
            {
                var person = chosen[i];
                var at = timeline.During(action, 0.02 + (0.2 * i / chosen.Count));
                db.Supports.Add(Support.Give(roadmap, action, person.Id, person.Role, person.OrganisationId, at));
            }
        }
    }

    public void Endorse(IReadOnlyList<DemoEndorsement> endorsements, IReadOnlyDictionary<string, RoadmapAction> actions)
    {
        foreach (var endorsement in endorsements)
        {
            var action = actions[endorsement.ActionKey];
            var official = cast[endorsement.Official];
            db.Endorsements.Add(Endorsement.Give(action, official.Id, official.Role, official.OrganisationId, timeline.During(action, 0.22)));
        }
    }

    /// <summary>
    /// Writes each thread in reading order, every comment a little after the previous one on its action
    /// and after the review decisions, which some comments answer.
    /// </summary>
    public void WriteComments(IReadOnlyList<DemoThread> threads, IReadOnlyDictionary<string, RoadmapAction> actions)
    {
        var written = new Dictionary<string, int>();
        foreach (var thread in threads)
        {
            Write(actions[thread.ActionKey], null, thread.Opening, thread.ActionKey, written);
        }
    }

    private void Write(RoadmapAction action, Comment? parent, DemoComment spec, string key, Dictionary<string, int> written)
    {
        var rank = written.GetValueOrDefault(key);
        written[key] = rank + 1;
        var author = cast[spec.Author];
        var at = timeline.During(action, 0.5 + (0.04 * rank));
        var comment = Comment.Write(action, parent, author.Id, author.Role, spec.Body, spec.Alignment, at);
        db.Comments.Add(comment);
        foreach (var reply in spec.Replies)
        {
            Write(action, comment, reply, key, written);
        }
    }

    private static int CapFor(TerritorialRoadmap roadmap, DemoParticipant person) =>
        DemoPeople.IsSignInAccount(person.Email)
            ? DemoPeople.SupportsLeftToSignInAccounts
            : roadmap.VotingRules.MaxSupportsPerParticipant ?? int.MaxValue;
}
