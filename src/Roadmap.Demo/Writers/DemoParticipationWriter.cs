using Roadmap.Application.Comments.PostComment;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Demo.Content;

namespace Roadmap.Demo.Writers;

/// <summary>Supports, co-signatures and discussions of the demo, each sent by its author through its use case.</summary>
internal sealed class DemoParticipationWriter(DemoSender sender, DemoCast cast, DemoTimeline timeline)
{
    /// <summary>
    /// Hands supports out in turn among the roadmap's supporters, so counts vary by action while
    /// nobody goes past the roadmap's cap (and the sign-in accounts keep most of theirs).
    /// </summary>
    public async Task GiveSupportsAsync(
        DemoRoadmap roadmap, DemoRoadmapContent content, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
        var supporters = content.Supporters.Select(email => cast[email]).Where(p => roadmap.Rules.Allows(p.Role)).ToList();
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
                var at = timeline.During(action, 0.02 + (0.2 * i / chosen.Count));
                await sender.SendAsync(chosen[i], at, new SupportAction(action.Id), cancellationToken);
            }
        }
    }

    public async Task EndorseAsync(IReadOnlyList<DemoEndorsement> endorsements, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
        foreach (var endorsement in endorsements)
        {
            var action = actions[endorsement.ActionKey];
            await sender.SendAsync(cast[endorsement.Official], timeline.During(action, 0.22), new EndorseAction(action.Id), cancellationToken);
        }
    }

    /// <summary>
    /// Writes each thread in reading order, every comment a little after the previous one on its action
    /// and after the review decisions, which some comments answer.
    /// </summary>
    public async Task WriteCommentsAsync(IReadOnlyList<DemoThread> threads, IReadOnlyDictionary<string, DemoProposal> actions, CancellationToken cancellationToken)
    {
        var written = new Dictionary<string, int>();
        foreach (var thread in threads)
        {
            await WriteAsync(actions[thread.ActionKey], null, thread.Opening, thread.ActionKey, written, cancellationToken);
        }
    }

    private async Task WriteAsync(
        DemoProposal action, Guid? parentId, DemoComment spec, string key, Dictionary<string, int> written, CancellationToken cancellationToken)
    {
        var rank = written.GetValueOrDefault(key);
        written[key] = rank + 1;
        var at = timeline.During(action, 0.5 + (0.04 * rank));
        var posted = await sender.SendAsync(cast[spec.Author], at, new PostComment(action.Id, spec.Body, spec.Alignment, parentId), cancellationToken);
        foreach (var reply in spec.Replies)
        {
            await WriteAsync(action, posted.CommentId, reply, key, written, cancellationToken);
        }
    }

    private static int CapFor(DemoRoadmap roadmap, DemoParticipant person) =>
        DemoPeople.IsSignInAccount(person.Email)
            ? DemoPeople.SupportsLeftToSignInAccounts
            : roadmap.Rules.MaxSupportsPerParticipant ?? int.MaxValue;
}
