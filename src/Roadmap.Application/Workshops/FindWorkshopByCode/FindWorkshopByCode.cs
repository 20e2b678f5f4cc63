using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.FindWorkshopByCode;

/// <summary>
/// The public facts of the workshop a join code designates, without joining it: what the « Rejoindre »
/// pages show before the room opens. The code is read as people type it (case, spaces and dashes ignored).
/// </summary>
public sealed record FindWorkshopByCode(string JoinCode) : IQuery<WorkshopByCode>;

internal sealed class FindWorkshopByCodeHandler(IRoadmapDbContext db) : IRequestHandler<FindWorkshopByCode, WorkshopByCode>
{
    public async Task<WorkshopByCode> Handle(FindWorkshopByCode request, CancellationToken cancellationToken)
    {
        var code = JoinCodes.Normalize(request.JoinCode) ?? throw new NotFoundException("Le code d'atelier", request.JoinCode.Trim());
        var found = await db.Workshops.AsNoTracking()
            .Where(w => w.JoinCode == code)
            .Join(db.Roadmaps, w => w.RoadmapId, r => r.Id, (w, r) => new WorkshopByCode(
                w.Id, w.JoinCode, w.Title, r.Slug, r.Title, w.StartsAt, w.DurationMinutes, w.Status, w.AllowGuests))
            .FirstOrDefaultAsync(cancellationToken);
        return found ?? throw new NotFoundException("Le code d'atelier", code);
    }
}
