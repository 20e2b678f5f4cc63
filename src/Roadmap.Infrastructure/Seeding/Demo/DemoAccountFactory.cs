using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Infrastructure.Seeding.Demo;

/// <summary>Creates the demo accounts (or reuses one that already exists with the same email).</summary>
internal sealed class DemoAccountFactory(UserManager<ApplicationUser> users, string password, DateTimeOffset now)
{
    public async Task<DemoCast> CreateAsync(DemoOrganisations organisations)
    {
        var cast = new List<DemoParticipant>();
        for (var i = 0; i < DemoPeople.All.Count; i++)
        {
            var person = DemoPeople.All[i];
            var user = await users.FindByEmailAsync(person.Email)
                ?? await CreateAsync(person, person.Organisation?.Invoke(organisations).Id, now.AddDays(-200 + i));
            if (!await users.IsInRoleAsync(user, person.Role))
            {
                Check(await users.AddToRoleAsync(user, person.Role), person.Email);
            }

            cast.Add(new DemoParticipant(user.Id, person.Email, Enum.Parse<ParticipantRole>(person.Role), user.OrganisationId));
        }

        return new DemoCast(cast);
    }

    private async Task<ApplicationUser> CreateAsync(DemoPerson person, Guid? organisationId, DateTimeOffset createdAt)
    {
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            UserName = person.Email,
            Email = person.Email,
            EmailConfirmed = true,
            DisplayName = person.DisplayName,
            OrganisationId = organisationId,
            CreatedAt = createdAt,
        };
        Check(await users.CreateAsync(user, password), person.Email);
        return user;
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            var errors = string.Join(" ", result.Errors.Select(e => e.Description));
            throw new InvalidOperationException($"The demo account {email} could not be set up: {errors}");
        }
    }
}
