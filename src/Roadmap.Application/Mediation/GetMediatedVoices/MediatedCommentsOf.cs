using Roadmap.Application.Common.Caching;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.GetMediatedVoices;

/// <summary>The residents' comments mediators recorded on an action, as shown publicly: the same for every caller (decision 039).</summary>
internal sealed record MediatedCommentsOf(Guid ActionId) : ISharedRead<IReadOnlyList<MediatedVoice>>
{
    public Task<IReadOnlyList<MediatedVoice>> LoadAsync(IRoadmapDbContext db, IMarkdownRenderer markdown, CancellationToken cancellationToken) =>
        MediatedVoiceRows.ReadAsync(
            db, markdown, db.MediatedContributions.Where(c => c.ActionId == ActionId && c.Kind == MediatedContributionKind.Comment), cancellationToken);
}
