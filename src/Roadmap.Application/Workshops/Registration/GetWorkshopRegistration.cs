using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Access;

namespace Roadmap.Application.Workshops.Registration;

/// <summary>The registration block of a workshop's page, as the caller may see it (anonymous visitors too).</summary>
public sealed record GetWorkshopRegistration(Guid WorkshopId) : IQuery<WorkshopRegistrationView>;

/// <param name="Refusal">Null while people may register or unregister; otherwise why not.</param>
/// <param name="Registrants">How many are registered: for the workshop's facilitators and its roadmap's team only.</param>
public sealed record WorkshopRegistrationView(bool SignedIn, bool IsRegistered, string? Refusal, int? Registrants);

internal sealed class GetWorkshopRegistrationHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetWorkshopRegistration, WorkshopRegistrationView>
{
    public async Task<WorkshopRegistrationView> Handle(GetWorkshopRegistration request, CancellationToken cancellationToken)
    {
        var workshop = await WorkshopAccess.LoadAsync(db, request.WorkshopId, cancellationToken);
        var registrations = db.WorkshopRegistrations.AsNoTracking().Where(r => r.WorkshopId == workshop.Id);
        var isRegistered = user.Id is { } id && await registrations.AnyAsync(r => r.UserId == id, cancellationToken);
        int? count = await WorkshopAccess.CanRunAsync(db, workshop, user, cancellationToken) ? await registrations.CountAsync(cancellationToken) : null;
        return new WorkshopRegistrationView(user.Id is not null, isRegistered, workshop.RegistrationRefusalAt(clock.GetUtcNow()), count);
    }
}
