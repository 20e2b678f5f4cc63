using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Tests.Common;

/// <summary>A test-only use case: a SaveChanges, an ExecuteUpdate, a live event, then a refusal if asked.</summary>
internal sealed record WriteThenMaybeFail(string Name, bool Fail) : IRequest<Unit>;

internal sealed class WriteThenMaybeFailHandler(IRoadmapDbContext db, ILiveNotifier live) : IRequestHandler<WriteThenMaybeFail, Unit>
{
    public const string Event = "Written";

    public async Task<Unit> Handle(WriteThenMaybeFail request, CancellationToken cancellationToken)
    {
        db.Organisations.Add(Organisation.Create(request.Name, OrganisationKind.Commune));
        await db.SaveChangesAsync(cancellationToken);
        await db.Organisations.Where(o => o.Name == request.Name).ExecuteUpdateAsync(s => s.SetProperty(o => o.OfficialCode, "72181"), cancellationToken);
        await live.ToWorkshopAsync(Guid.Empty, Event, request.Name, cancellationToken);
        return request.Fail ? throw new ConflictException("Refusé après avoir écrit.") : Unit.Value;
    }
}
