using MediatR;
using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>The ideas mediators collected for a roadmap (newest first), for its page: public, so kept once for all (decision 039).</summary>
public sealed record GetMediatedIdeas(Guid RoadmapId) : IQuery<IReadOnlyList<MediatedVoice>>, ISharedRead<IReadOnlyList<MediatedVoice>>;

internal sealed class GetMediatedIdeasHandler(IRoadmapDbContext db, IMarkdownRenderer markdown) : IRequestHandler<GetMediatedIdeas, IReadOnlyList<MediatedVoice>>
{
    public Task<IReadOnlyList<MediatedVoice>> Handle(GetMediatedIdeas request, CancellationToken cancellationToken) =>
        MediatedVoiceRows.ReadAsync(
            db, markdown, db.MediatedContributions.Where(c => c.RoadmapId == request.RoadmapId && c.Kind == MediatedContributionKind.Idea), cancellationToken);
}
