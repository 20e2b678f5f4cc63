using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Actions.ActionForm;

/// <summary>The rules of a « fiche action » that need the database: the axis, the organisations named, on whose behalf.</summary>
internal static class ActionFieldsChecks
{
    public const string NotATerritory = "Seule une collectivité (région, département, intercommunalité ou commune) peut être un territoire concerné.";

    public static async Task CheckAsync(IRoadmapDbContext db, ICurrentUser user, TerritorialRoadmap roadmap, ActionFields fields, Guid? currentOrganisationId, CancellationToken cancellationToken)
    {
        if (!roadmap.HasAxis(fields.AxisId))
        {
            throw ValidationFailedException.For(nameof(ActionFields.AxisId), TerritorialRoadmap.ForeignAxis);
        }

        if (fields.OrganisationId is { } organisationId && organisationId != user.OrganisationId && organisationId != currentOrganisationId
            && !await db.IsTeamAsync(user, roadmap.Id, cancellationToken))
        {
            throw new ForbiddenException("Vous ne pouvez proposer une action qu'au nom de votre propre organisation, ou à titre individuel.");
        }

        var named = fields.PartnerIds.Concat(fields.TerritoryIds).Append(fields.OrganisationId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var kinds = await db.Organisations.AsNoTracking().Where(o => named.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Kind, cancellationToken);
        var known = kinds.Keys;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (fields.OrganisationId is { } own && !known.Contains(own))
        {
            errors[nameof(ActionFields.OrganisationId)] = ["L'organisation indiquée est introuvable."];
        }

        if (fields.PartnerIds.Any(id => !known.Contains(id)))
        {
            errors[nameof(ActionFields.PartnerIds)] = ["Une des organisations partenaires est introuvable."];
        }

        if (fields.TerritoryIds.Any(id => !known.Contains(id)))
        {
            errors[nameof(ActionFields.TerritoryIds)] = ["Un des territoires choisis est introuvable."];
        }
        else if (fields.TerritoryIds.Any(id => !kinds[id].MayBeTerritory()))
        {
            errors[nameof(ActionFields.TerritoryIds)] = [NotATerritory];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
