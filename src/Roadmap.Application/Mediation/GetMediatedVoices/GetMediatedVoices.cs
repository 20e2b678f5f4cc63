using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>The mediated supports and comments of an action, for its page; readable by whoever may read the action.</summary>
public sealed record GetMediatedVoices(Guid ActionId) : IQuery<MediatedVoices>;

/// <summary>The count and the comments are the same for every caller (decision 039); whether the caller records voices is theirs.</summary>
internal sealed class GetMediatedVoicesHandler(IRoadmapDbContext db, Viewer viewer, IMarkdownRenderer markdown, SharedReadCache? cache = null)
    : IRequestHandler<GetMediatedVoices, MediatedVoices>
{
    public async Task<MediatedVoices> Handle(GetMediatedVoices request, CancellationToken cancellationToken)
    {
        var action = await db.ActionFactsAsync(cache, request.ActionId, cancellationToken);
        await viewer.EnsureReadableByAsync(action, cancellationToken);
        int? count = await viewer.HidesSupportCountsFromAsync(action, cancellationToken) ? null : action.MediatedSupportCount;
        var read = new MediatedCommentsOf(action.ActionId);
        var comments = await cache.ReadAsync(read, () => read.LoadAsync(db, markdown, cancellationToken));
        var isMediator = (await viewer.FactsAsync(cancellationToken)).IsMediator;
        return new MediatedVoices(count, comments, isMediator);
    }
}
