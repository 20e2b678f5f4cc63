using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.OpenData;

/// <summary>The roadmap whose datasets are read: any roadmap, archived ones included (they stay public).</summary>
internal static class DatasetRoadmaps
{
    public static async Task<TerritorialRoadmap> LoadAsync(IRoadmapDbContext db, string slug, CancellationToken cancellationToken) =>
        await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", slug);
}
