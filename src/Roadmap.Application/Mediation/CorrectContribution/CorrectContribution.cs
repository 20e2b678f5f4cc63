using MediatR;
using Roadmap.Application.Actions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Inclusion;

namespace Roadmap.Application.Mediation.CorrectContribution;

/// <summary>
/// The mediator corrects what they recorded (the resident's details, the text) within 48 hours. The kind and the target
/// stay: a support recorded on the wrong action is withdrawn and recorded again. The roadmap's phase is not checked
/// again: the entry was valid when recorded, and a typo in a name may be fixed after supports close.
/// </summary>
[RequiresRole]
public sealed record CorrectContribution(
    Guid Id, string FirstName, string Initial, string Commune, AgeBracket? AgeBracket, string? Title, string? Body) : IRequest<Unit>;

internal sealed class CorrectContributionHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CorrectContribution, Unit>
{
    public async Task<Unit> Handle(CorrectContribution request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var contribution = await OwnContributions.LoadAsync(db, user, request.Id, now, cancellationToken);
        var communeId = await CommuneMatch.ResolveAsync(db, request.Commune, cancellationToken);
        contribution.Correct(Resident.Checked(request.FirstName, request.Initial, communeId, request.AgeBracket), request.Title, request.Body, now);
        await Duplicates.SaveAsync(db, contribution, cancellationToken);
        if (contribution.ActionId is { } actionId)
        {
            await ActionCounters.RefreshAsync(db, actionId, cancellationToken);
        }

        return Unit.Value;
    }
}
