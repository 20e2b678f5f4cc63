using MediatR;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.FollowUp.ImportValues;

/// <summary>The import page of a roadmap: its title, and why the caller may not import values (null when they may).</summary>
public sealed record GetValuesImport(string RoadmapSlug) : IQuery<ValuesImportPage>;

public sealed record ValuesImportPage(string RoadmapSlug, string RoadmapTitle, string? Refusal)
{
    public bool MayImport => Refusal is null;
}

internal sealed class GetValuesImportHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetValuesImport, ValuesImportPage>
{
    public async Task<ValuesImportPage> Handle(GetValuesImport request, CancellationToken cancellationToken)
    {
        var (roadmap, manages, piloted) = await ValuesImportCheck.AccessAsync(db, user, request.RoadmapSlug, cancellationToken);
        return new ValuesImportPage(roadmap.Slug, roadmap.Title, manages || piloted.Count > 0 ? null : ValuesImportCheck.NotAReporter);
    }
}
