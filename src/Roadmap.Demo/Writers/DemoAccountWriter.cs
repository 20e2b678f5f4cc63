using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Account.RegisterAccount;
using Roadmap.Application.Administration.SetUserRoles;
using Roadmap.Application.Domain.Users;
using Roadmap.Demo.Content;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Opens the demo accounts as a real install does: the administrator through the <c>create-admin</c>
/// command's service, before anything else; everyone else by registering (as a citizen). The
/// administrator gives the global facilitator its role; elected officials and actors get theirs from a
/// standing claim approved in their roadmap (<see cref="DemoRoadmapWriter"/>). An account that already
/// exists with the same address is kept.
/// </summary>
internal sealed class DemoAccountWriter(DemoSender sender, DirectWrites direct, string password)
{
    /// <summary>The administrator sets the instance up a little before the oldest roadmap (the Drôme's).</summary>
    public const int AdministratorJoinedDaysAgo = 1_340;

    private static readonly DemoPerson Administrator = DemoPeople.All.Single(p => p.Role == RoleNames.Administrator);

    public async Task<DemoParticipant> CreateAdministratorAsync()
    {
        var at = sender.Clock.Today.AddDays(-AdministratorJoinedDaysAgo);
        await sender.WithScopeAsync(async services =>
        {
            // Promoting, should the address exist already: the demo's administrator must be one.
            var result = await services.GetRequiredService<AdminAccountCreator>().CreateAsync(Administrator.Email, password, promote: true);
            return result.Outcome is AdminAccountOutcome.Created or AdminAccountOutcome.Promoted
                ? result
                : throw new InvalidOperationException($"The demo account {Administrator.Email} could not be set up: {string.Join(" ", result.Errors)}");
        }, at);
        var id = await direct.CompleteAccountAsync(Administrator.Email, Administrator.DisplayName);
        return new DemoParticipant(id, Administrator.Email, ParticipantRole.Administrator, null);
    }

    /// <summary>Gives the administrator its organisation and opens everyone else's account.</summary>
    public async Task<DemoCast> RegisterEveryoneAsync(DemoParticipant administrator, DemoOrganisations organisations, CancellationToken cancellationToken)
    {
        var cast = new List<DemoParticipant> { await StaffAsync(administrator, Administrator, organisations) };
        foreach (var person in DemoPeople.All.Where(p => p != Administrator))
        {
            await sender.SendAsync(null, JoinedAt(person), new RegisterAccount(person.DisplayName, person.Email, password), cancellationToken);
            var id = await direct.CompleteAccountAsync(person.Email);
            var citizen = new DemoParticipant(id, person.Email, ParticipantRole.Citizen, null);
            if (person.Role == RoleNames.Facilitator)
            {
                await sender.SendAsync(administrator, JoinedAt(person).AddHours(2), new SetUserRoles(id, [person.Role]), cancellationToken);
                cast.Add(await StaffAsync(citizen with { Role = ParticipantRole.Facilitator }, person, organisations));
            }
            else
            {
                cast.Add(citizen);
            }
        }

        return new DemoCast(cast);
    }

    private async Task<DemoParticipant> StaffAsync(DemoParticipant participant, DemoPerson person, DemoOrganisations organisations)
    {
        var organisationId = person.Organisation?.Invoke(organisations).Id;
        await direct.CompleteAccountAsync(person.Email, person.DisplayName, organisationId);
        return participant with { OrganisationId = organisationId };
    }

    /// <summary>A day apart, in the order of <see cref="DemoPeople.All"/>, about seven months ago, unless the person joined earlier.</summary>
    private DateTimeOffset JoinedAt(DemoPerson person) =>
        sender.Clock.Today.AddDays(-(person.JoinedDaysAgo ?? 200 - DemoPeople.All.ToList().IndexOf(person)));
}
