using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Account.RegisterAccount;
using Roadmap.Application.Administration.SetUserRoles;
using Roadmap.Application.Domain.Users;
using Roadmap.Demo.Content;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Demo.Writers;

/// <summary>
/// Opens the demo accounts as a real install does: the administrator through the <c>create-admin</c>
/// command's service, everyone else by registering (as a citizen), then the administrator gives the
/// others their role. An account that already exists with the same address is kept and given its role.
/// </summary>
internal sealed class DemoAccountWriter(DemoSender sender, DirectWrites direct, string password)
{
    public async Task<DemoCast> CreateAsync(DemoOrganisations organisations, CancellationToken cancellationToken)
    {
        var people = DemoPeople.All;
        var administrator = people.Single(p => p.Role == RoleNames.Administrator);
        await CreateAdministratorAsync(administrator.Email, JoinedAt(administrator));
        var admin = await CompleteAsync(administrator, organisations);

        var cast = new List<DemoParticipant>();
        foreach (var person in people)
        {
            if (person == administrator)
            {
                cast.Add(admin);
                continue;
            }

            await sender.SendAsync(null, JoinedAt(person), new RegisterAccount(person.DisplayName, person.Email, password), cancellationToken);
            var participant = await CompleteAsync(person, organisations);
            if (person.Role != RoleNames.Citizen)
            {
                await sender.SendAsync(admin, sender.Clock.Today, new SetUserRoles(participant.Id, [person.Role]), cancellationToken);
            }

            cast.Add(participant);
        }

        return new DemoCast(cast);
    }

    private Task<AdminAccountResult> CreateAdministratorAsync(string email, DateTimeOffset at) =>
        sender.WithScopeAsync(async services =>
        {
            // Promoting, should the address exist already: the demo's administrator must be one.
            var result = await services.GetRequiredService<AdminAccountCreator>().CreateAsync(email, password, promote: true);
            return result.Outcome is AdminAccountOutcome.Created or AdminAccountOutcome.Promoted
                ? result
                : throw new InvalidOperationException($"The demo account {email} could not be set up: {string.Join(" ", result.Errors)}");
        }, at);

    private async Task<DemoParticipant> CompleteAsync(DemoPerson person, DemoOrganisations organisations)
    {
        var organisationId = person.Organisation?.Invoke(organisations).Id;
        var id = await direct.CompleteAccountAsync(person.Email, person.DisplayName, organisationId);
        return new DemoParticipant(id, person.Email, Enum.Parse<ParticipantRole>(person.Role), organisationId);
    }

    /// <summary>A day apart, in the order of <see cref="DemoPeople.All"/>, about seven months ago.</summary>
    private DateTimeOffset JoinedAt(DemoPerson person) =>
        sender.Clock.Today.AddDays(-200 + DemoPeople.All.ToList().IndexOf(person));
}
