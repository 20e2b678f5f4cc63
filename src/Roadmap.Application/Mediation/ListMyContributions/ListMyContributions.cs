using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.ListMyContributions;

/// <summary>
/// The caller's own mediated entries, newest first, <see cref="PageSize"/> per page, those a moderator hid with when and
/// why; an account without any sees an empty list.
/// </summary>
[RequiresRole]
public sealed record ListMyContributions(int Page = 1) : IQuery<MyContributionsPage>
{
    public const int PageSize = 20;
}

/// <summary>One of the caller's own entries (another's is not found), for its correction form.</summary>
[RequiresRole]
public sealed record GetMyContribution(Guid Id) : IQuery<MyContribution>;

internal sealed class ListMyContributionsHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListMyContributions, MyContributionsPage>, IRequestHandler<GetMyContribution, MyContribution>
{
    public async Task<MyContributionsPage> Handle(ListMyContributions request, CancellationToken cancellationToken)
    {
        var mine = Mine();
        var total = await mine.CountAsync(cancellationToken);
        var page = await Project(mine.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip((Paging.Clamp(request.Page) - 1) * ListMyContributions.PageSize).Take(ListMyContributions.PageSize), cancellationToken);
        return new MyContributionsPage(page, Paging.Clamp(request.Page), ListMyContributions.PageSize, total);
    }

    public async Task<MyContribution> Handle(GetMyContribution request, CancellationToken cancellationToken) =>
        (await Project(Mine().Where(c => c.Id == request.Id), cancellationToken)).SingleOrDefault()
        ?? throw new Common.Exceptions.NotFoundException("La contribution", request.Id);

    private IQueryable<MediatedContribution> Mine()
    {
        var userId = user.RequireId();
        return db.MediatedContributions.AsNoTracking().Where(c => c.MediatorId == userId);
    }

    private async Task<List<MyContribution>> Project(IQueryable<MediatedContribution> contributions, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await (
            from c in contributions
            join r in db.Roadmaps on c.RoadmapId equals r.Id
            join o in db.Organisations on c.OrganisationId equals o.Id
            join commune in db.Organisations on c.CommuneId equals commune.Id
            from a in db.Actions.Where(a => a.Id == c.ActionId).DefaultIfEmpty()
            select new { c, RoadmapTitle = r.Title, r.Slug, ActionTitle = a == null ? null : a.Title, Organisation = o.Name, Commune = commune.Name })
            .ToListAsync(cancellationToken);
        return rows
            .Select(x => new MyContribution(
                x.c.Id, x.c.Kind, x.RoadmapTitle, x.c.ActionId is { } actionId ? SiteLinks.Action(x.Slug, actionId) : SiteLinks.Roadmap(x.Slug),
                x.ActionTitle, x.Organisation, x.c.ResidentFirstName, x.c.ResidentInitial, x.Commune, x.c.AgeBracket, x.c.Title, x.c.Body,
                x.c.CreatedAt, x.c.CorrectedAt, x.c.IsCorrectableAt(now), x.c.HiddenAt, x.c.HiddenReason))
            .OrderByDescending(c => c.CreatedAt)
            .ToList();
    }
}
