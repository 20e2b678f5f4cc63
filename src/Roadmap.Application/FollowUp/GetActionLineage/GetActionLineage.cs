using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.FollowUp.GetActionLineage;

/// <summary>
/// Where an action comes from and what happened to it, as one timeline, oldest first: the workshop idea
/// it was promoted from, its proposal, every status change with its reason, the actions merged into it
/// (or the one it was merged into), its points d'étape and each measured value of its indicators
/// (corrections noted). Public; a hidden point d'étape appears for the roadmap's team only.
/// </summary>
public sealed record GetActionLineage(Guid ActionId) : IQuery<ActionLineageView>;

public sealed record ActionLineageView(Guid ActionId, IReadOnlyList<LineageEvent> Events);

/// <summary>
/// One event. <see cref="Day"/> is set when the event is dated by a day (a point d'étape, a measure) rather
/// than an instant; it then sorts at the start of that day. <see cref="Link"/> is a site path, or null.
/// </summary>
public sealed record LineageEvent(
    LineageEventKind Kind, DateTimeOffset At, DateOnly? Day, string Heading, string Detail, string? Link, string? ByName);

/// <summary>In the order events of the same instant are told.</summary>
public enum LineageEventKind
{
    IdeaPosted,
    Promoted,
    Proposed,
    UnderReview,
    MergedFrom,
    Retained,
    NotRetained,
    MergedInto,
    Withdrawn,
    InProgress,
    UpdatePosted,
    ValueMeasured,
    Done,
}

/// <summary>The timeline is kept once per audience (<see cref="LineageForAudience"/>, decision 039).</summary>
internal sealed class GetActionLineageHandler(IRoadmapDbContext db, IMarkdownRenderer markdown, Viewer viewer, SharedReadCache? cache = null)
    : IRequestHandler<GetActionLineage, ActionLineageView>
{
    public async Task<ActionLineageView> Handle(GetActionLineage request, CancellationToken cancellationToken)
    {
        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        await viewer.EnsureReadableByAsync(action, cancellationToken);
        var read = new LineageForAudience(action.ActionId, await viewer.AudienceOfRoadmapIdAsync(action.RoadmapId, cancellationToken));
        return new ActionLineageView(action.ActionId, await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken)));
    }
}
