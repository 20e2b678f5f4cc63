using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.PersonalData.ExportMyData;

/// <summary>
/// The mediation side of an account: the organisations it mediates for, and every entry it recorded for residents
/// (as its list shows them, resident included: the mediator entered them and answers for them, see decision 033).
/// </summary>
internal static class MediationExport
{
    public static async Task<MediationData> ReadAsync(IRoadmapDbContext db, Guid userId, CancellationToken cancellationToken) => new(
        await (
            from g in db.MediatorGrants.AsNoTracking()
            where g.UserId == userId
            join o in db.Organisations on g.OrganisationId equals o.Id
            orderby g.GrantedAt
            select new MediatorGrantData(o.Id, o.Name, g.GrantedAt))
            .ToListAsync(cancellationToken),
        await (
            from c in db.MediatedContributions.AsNoTracking()
            where c.MediatorId == userId
            join o in db.Organisations on c.OrganisationId equals o.Id
            join commune in db.Organisations on c.CommuneId equals commune.Id
            orderby c.CreatedAt
            select new MediatedContributionData(
                c.Id, c.Kind, c.RoadmapId, c.ActionId, c.AxisId, o.Name, c.ResidentFirstName, c.ResidentInitial, commune.Name, c.AgeBracket,
                c.Title, c.Body, c.ConsentVersion, c.CreatedAt, c.CorrectedAt, c.HiddenAt, c.HiddenReason))
            .ToListAsync(cancellationToken));
}

public sealed record MediationData(IReadOnlyList<MediatorGrantData> Grants, IReadOnlyList<MediatedContributionData> RecordedContributions);

public sealed record MediatorGrantData(Guid OrganisationId, string OrganisationName, DateTimeOffset GrantedAt);

/// <summary>An entry recorded for a resident: what, where, for whom, collected by which organisation, with which consent text.</summary>
public sealed record MediatedContributionData(
    Guid Id, MediatedContributionKind Kind, Guid RoadmapId, Guid? ActionId, Guid? AxisId, string CollectedBy,
    string ResidentFirstName, string ResidentInitial, string ResidentCommune, AgeBracket? ResidentAgeBracket,
    string Title, string Body, int ConsentVersion, DateTimeOffset CreatedAt, DateTimeOffset? CorrectedAt, DateTimeOffset? HiddenAt, string HiddenReason);
