using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Moderation.GetMediatedContributionsToModerate;

/// <summary>
/// What mediators recorded with a text (comments and ideas; a support has none), for the moderation page: nobody can
/// report a resident's voice online, so moderators look at the newest ones, and find the hidden ones to show again.
/// Global staff see every roadmap's; a team member those of the roadmaps whose team they are in.
/// </summary>
[RequiresRole]
public sealed record GetMediatedContributionsToModerate : IQuery<MediatedContributionsToModerate>
{
    public const int MaxShown = 30;
}

internal sealed class GetMediatedContributionsToModerateHandler(IRoadmapDbContext db, ICurrentUser user)
    : IRequestHandler<GetMediatedContributionsToModerate, MediatedContributionsToModerate>
{
    public async Task<MediatedContributionsToModerate> Handle(GetMediatedContributionsToModerate request, CancellationToken cancellationToken)
    {
        var teamRoadmapIds = await ModerationRules.ModeratedRoadmapsAsync(db, user, cancellationToken);
        var withText = db.MediatedContributions.AsNoTracking().Where(c => c.Kind != MediatedContributionKind.Support);
        if (teamRoadmapIds is not null)
        {
            withText = withText.Where(c => teamRoadmapIds.Contains(c.RoadmapId));
        }

        var recent = await ProjectAsync(withText.Where(c => c.HiddenAt == null).OrderByDescending(c => c.CreatedAt), c => c.CreatedAt, cancellationToken);
        var hidden = await ProjectAsync(withText.Where(c => c.HiddenAt != null).OrderByDescending(c => c.HiddenAt), c => c.HiddenAt, cancellationToken);
        return new MediatedContributionsToModerate(recent, hidden);
    }

    /// <summary>The first <see cref="GetMediatedContributionsToModerate.MaxShown"/> in the query's order, which the joins do not keep: <paramref name="order"/> restores it.</summary>
    private async Task<List<MediatedContributionToModerate>> ProjectAsync(
        IOrderedQueryable<MediatedContribution> contributions, Func<MediatedContribution, DateTimeOffset?> order, CancellationToken cancellationToken)
    {
        var rows = await (
                from c in contributions.Take(GetMediatedContributionsToModerate.MaxShown)
                join r in db.Roadmaps on c.RoadmapId equals r.Id
                join o in db.Organisations on c.OrganisationId equals o.Id
                from a in db.Actions.Where(a => a.Id == c.ActionId).DefaultIfEmpty()
                select new { c, RoadmapTitle = r.Title, r.Slug, ActionTitle = a == null ? null : a.Title, CollectedBy = o.Name })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(x => order(x.c))
            .Select(x => new MediatedContributionToModerate(
                x.c.Id, x.c.Kind,
                x.c.Kind == MediatedContributionKind.Idea ? $"Idée « {x.c.Title} » pour « {x.RoadmapTitle} »" : $"Commentaire sur « {x.ActionTitle} »",
                x.c.Body,
                x.c.ActionId is { } actionId ? SiteLinks.Action(x.Slug, actionId) : SiteLinks.Roadmap(x.Slug),
                $"{x.c.ResidentFirstName} {x.c.ResidentInitial}.", x.CollectedBy, x.c.CreatedAt, x.c.IsHidden, x.c.HiddenReason))
            .ToList();
    }
}
