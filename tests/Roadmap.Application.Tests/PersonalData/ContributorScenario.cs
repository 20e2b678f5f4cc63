using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Moderation;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Administration;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.PersonalData;

/// <summary>
/// An elected official who has done a bit of everything on the « sarthe » roadmap: proposed an
/// action, supported, endorsed and reviewed another one, commented, upvoted, reported, followed,
/// and received a notification. Someone else supported and commented too.
/// </summary>
internal sealed class ContributorScenario
{
    public const string CommentBody = "Très bonne idée pour nos villages.";

    public ApplicationUser Contributor { get; private set; } = default!;
    public Guid OwnActionId { get; private set; }
    public Guid OtherActionId { get; private set; }
    public Guid CommentId { get; private set; }

    public static async Task<ContributorScenario> CreateAsync(ApplicationHost host)
    {
        var scenario = new ContributorScenario();
        await scenario.BuildAsync(host);
        return scenario;
    }

    private async Task BuildAsync(ApplicationHost host)
    {
        var builder = new RoadmapBuilder().WithSlug("sarthe");
        var roadmap = builder.Build();
        var commune = Organisation.Create("La Flèche", OrganisationKind.Commune, "72154");
        await host.SaveAsync(builder.Owner, commune, roadmap);
        Contributor = await host.NewAccountAsync("Maire de La Flèche", commune.Id, RoleNames.ElectedOfficial, RoleNames.Facilitator);
        var other = await host.NewUserAsync("Dominique");
        var now = RoadmapBuilder.Now;
        var id = Contributor.Id;

        var own = Drafts.Proposed(roadmap, id);
        var theirs = Drafts.Proposed(roadmap, other);
        theirs.StartReview(id, "Examen en commission", now);
        var comment = Comment.Write(theirs, null, id, ParticipantRole.ElectedOfficial, CommentBody, CommentAlignment.For, now);
        var theirComment = Comment.Write(theirs, comment, other, ParticipantRole.Citizen, "Merci !", CommentAlignment.Neutral, now.AddMinutes(1));
        await host.SaveAsync(own, theirs, comment, theirComment,
            Support.Give(roadmap, theirs, id, ParticipantRole.ElectedOfficial, commune.Id, now),
            Support.Give(roadmap, theirs, other, ParticipantRole.Citizen, null, now),
            Endorsement.Give(theirs, id, ParticipantRole.ElectedOfficial, commune.Id, now),
            CommentUpvote.Give(theirComment, id, now),
            ContentReport.File(ReportTarget.Comment, theirComment.Id, id, "Hors sujet", now),
            Follow.Start(id, FollowTarget.Action, theirs.Id, now),
            Notification.Create(id, NotificationKind.Reply, "Dominique vous a répondu", "/feuilles-de-route/sarthe", now));
        (OwnActionId, OtherActionId, CommentId) = (own.Id, theirs.Id, comment.Id);
    }
}
