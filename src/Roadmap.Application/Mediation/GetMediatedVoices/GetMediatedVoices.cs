using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>The mediated supports and comments of an action, for its page; readable by whoever may read the action.</summary>
public sealed record GetMediatedVoices(Guid ActionId) : IQuery<MediatedVoices>;

/// <summary>The ideas mediators collected for a roadmap (newest first), for its page.</summary>
public sealed record GetMediatedIdeas(Guid RoadmapId) : IQuery<IReadOnlyList<MediatedVoice>>;

internal sealed class GetMediatedVoicesHandler(IRoadmapDbContext db, ICurrentUser user, IMarkdownRenderer markdown)
    : IRequestHandler<GetMediatedVoices, MediatedVoices>, IRequestHandler<GetMediatedIdeas, IReadOnlyList<MediatedVoice>>
{
    public const int MaxShown = 200;

    public async Task<MediatedVoices> Handle(GetMediatedVoices request, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActionId, cancellationToken)
            ?? throw new NotFoundException("L'action", request.ActionId);
        await db.EnsureReadableByAsync(action, user, cancellationToken);
        var roadmap = await db.Roadmaps.AsNoTracking().FirstAsync(r => r.Id == action.RoadmapId, cancellationToken);
        int? count = await db.HidesSupportCountsFromAsync(user, roadmap, cancellationToken) ? null : action.MediatedSupportCount;
        var comments = await VoicesAsync(db.MediatedContributions.Where(c => c.ActionId == action.Id && c.Kind == MediatedContributionKind.Comment), cancellationToken);
        var isMediator = user.Id is { } id && await db.MediatorGrants.AnyAsync(g => g.UserId == id, cancellationToken);
        return new MediatedVoices(count, comments, isMediator);
    }

    public async Task<IReadOnlyList<MediatedVoice>> Handle(GetMediatedIdeas request, CancellationToken cancellationToken) =>
        await VoicesAsync(db.MediatedContributions.Where(c => c.RoadmapId == request.RoadmapId && c.Kind == MediatedContributionKind.Idea), cancellationToken);

    private async Task<List<MediatedVoice>> VoicesAsync(IQueryable<MediatedContribution> contributions, CancellationToken cancellationToken)
    {
        var rows = await (
            from c in contributions.AsNoTracking().Where(c => c.HiddenAt == null)
            join o in db.Organisations on c.OrganisationId equals o.Id
            join commune in db.Organisations on c.CommuneId equals commune.Id
            orderby c.CreatedAt descending
            select new { c.Id, c.Kind, c.ResidentFirstName, c.ResidentInitial, Commune = commune.Name, Organisation = o.Name, c.Title, c.Body, c.CreatedAt })
            .Take(MaxShown)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MediatedVoice(
            r.Id, r.Kind, $"{r.ResidentFirstName} {r.ResidentInitial}.", r.Commune, r.Organisation, r.Title, markdown.ToSafeHtml(r.Body), r.CreatedAt)).ToList();
    }
}
