using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;

namespace Roadmap.Demo.Writers;

/// <summary>
/// What the demo writes without a use case, because none exists yet: organisations, roadmaps (with
/// their axes, calendar, voting rules and phase changes) and the parts of an account that only a back
/// office would set (confirmed address, organisation, display name). The back office of issue 10
/// adds those use cases; each method here should then give way to a request
/// (docs/decisions/017-demo-data.md).
/// </summary>
internal sealed class DirectWrites(DemoSender sender)
{
    public Task<bool> AnyRoadmapAsync(CancellationToken cancellationToken) =>
        sender.WithScopeAsync(services => Db(services).Roadmaps.AnyAsync(cancellationToken));

    /// <summary>Saves them in the order given (parents first).</summary>
    public Task AddOrganisationsAsync(IReadOnlyList<Organisation> organisations, CancellationToken cancellationToken) =>
        sender.WithScopeAsync(async services =>
        {
            var db = Db(services);
            db.Organisations.AddRange(organisations);
            return await db.SaveChangesAsync(cancellationToken);
        });

    public Task AddRoadmapAsync(TerritorialRoadmap roadmap, CancellationToken cancellationToken) =>
        sender.WithScopeAsync(async services =>
        {
            var db = Db(services);
            db.Roadmaps.Add(roadmap);
            return await db.SaveChangesAsync(cancellationToken);
        });

    public Task AdvanceAsync(Guid roadmapId, RoadmapPhase phase, CancellationToken cancellationToken) =>
        sender.WithScopeAsync(async services =>
        {
            var db = Db(services);
            var roadmap = await db.Roadmaps.SingleAsync(r => r.Id == roadmapId, cancellationToken);
            roadmap.AdvanceTo(phase);
            return await db.SaveChangesAsync(cancellationToken);
        });

    /// <summary>Confirms the address and sets the organisation and display name of an existing account; returns its id.</summary>
    public Task<Guid> CompleteAccountAsync(string email, string displayName, Guid? organisationId) =>
        sender.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"The demo account {email} was not created.");
            user.EmailConfirmed = true;
            user.DisplayName = displayName;
            user.OrganisationId = organisationId;
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                throw new InvalidOperationException($"The demo account {email} could not be completed: {string.Join(" ", updated.Errors.Select(e => e.Description))}");
            }

            return user.Id;
        });

    private static RoadmapDbContext Db(IServiceProvider services) => services.GetRequiredService<RoadmapDbContext>();
}
