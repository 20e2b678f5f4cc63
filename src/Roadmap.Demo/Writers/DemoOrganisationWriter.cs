using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Organisations.CreateOrganisation;
using Roadmap.Application.Territories.ImportTerritory;
using Roadmap.Demo.Content;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Sets the demo's organisations up as an administrator sets up a new instance: imports the
/// départements from the official data (their EPCI and communes with them), creates the invented
/// actors by hand under their département, and adds the regions directly (<see cref="DirectWrites"/>).
/// </summary>
internal sealed class DemoOrganisationWriter(DemoSender sender, DirectWrites direct, DemoReads reads)
{
    /// <summary>The territory is set up a few days after the administrator's account.</summary>
    private const int SetUpDaysAgo = DemoAccountWriter.AdministratorJoinedDaysAgo - 5;

    public async Task<DemoOrganisations> WriteAsync(DemoParticipant administrator, CancellationToken cancellationToken)
    {
        var at = sender.Clock.Today.AddDays(-SetUpDaysAgo);
        foreach (var code in DemoOrganisations.ImportedDepartements)
        {
            await sender.SendAsync(administrator, at, new ImportTerritory(code), cancellationToken);
        }

        await direct.AddRegionsAsync(DemoOrganisations.Regions, at, cancellationToken);
        var departements = (await reads.OrganisationsAsync(cancellationToken))
            .Where(o => o.Kind == OrganisationKind.Departement)
            .ToDictionary(o => o.OfficialCode!, o => o.Id, StringComparer.Ordinal);
        foreach (var (name, kind, departementCode) in DemoOrganisations.HandMade)
        {
            var parentId = departementCode is null ? (Guid?)null : departements[departementCode];
            await sender.SendAsync(administrator, at.AddHours(1), new CreateOrganisation(name, kind, ParentId: parentId), cancellationToken);
        }

        return new DemoOrganisations(await reads.OrganisationsAsync(cancellationToken));
    }
}
