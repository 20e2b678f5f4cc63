using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Actions.ActionForm;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following;

namespace Roadmap.Application.Actions.ProposeAction;

/// <summary>
/// Proposes an action on a roadmap in concertation. <see cref="SubmissionKey"/> is generated once per
/// form: sending the same key again returns the action already created instead of a twin. Who may
/// propose is the roadmap's rule (<see cref="Domain.Roadmaps.VotingRules.Proposers"/>).
/// </summary>
[RequiresRole]
public sealed record ProposeAction : ActionFields, IRequest<ProposedAction>
{
    public string RoadmapSlug { get; init; } = "";

    public Guid SubmissionKey { get; init; }
}

public sealed record ProposedAction(Guid Id, string RoadmapSlug);

internal sealed class ProposeActionHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock)
    : IRequestHandler<ProposeAction, ProposedAction>
{
    public const string NotAProposer = "Sur cette feuille de route, seuls les élu·es et les acteurs du territoire peuvent proposer des actions.";

    public async Task<ProposedAction> Handle(ProposeAction request, CancellationToken cancellationToken)
    {
        var proposerId = user.RequireId();
        if (await FindAlreadySubmittedAsync(proposerId, request.SubmissionKey, cancellationToken) is { } done)
        {
            return done;
        }

        var roadmap = await db.Roadmaps.Include(r => r.Axes).FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        if (!roadmap.VotingRules.AllowsProposalFrom(user.HighestRole()))
        {
            throw new ForbiddenException(NotAProposer);
        }

        if (roadmap.AcceptsProposals)
        {
            await ActionFieldsChecks.CheckAsync(db, user, roadmap, request, currentOrganisationId: null, cancellationToken);
            if (roadmap.PlacementRefusal(request.AxisId) is { } refusal)
            {
                throw ValidationFailedException.For(nameof(ActionFields.AxisId), refusal);
            }
        }

        // The entity refuses when the phase is closed (a conflict, whatever the fields say).
        var action = RoadmapAction.Propose(roadmap, request.ToDraft(), proposerId, clock.GetUtcNow(), request.SubmissionKey);
        db.Actions.Add(action);
        await notifier.EnsureFollowingAsync(proposerId, FollowTarget.Action, action.Id, cancellationToken);
        await notifier.NotifyAsync(action.Id, roadmap.Id, NotificationKind.NewAction,
            $"Nouvelle action proposée sur « {roadmap.Title} » : « {action.Title} »", SiteLinks.Action(roadmap.Slug, action.Id),
            proposerId, [], cancellationToken);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double submit may have raced us to the unique (proposer, key) index: the other request created it.
            var winner = await FindAlreadySubmittedAsync(proposerId, request.SubmissionKey, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        return new ProposedAction(action.Id, roadmap.Slug);
    }

    private Task<ProposedAction?> FindAlreadySubmittedAsync(Guid proposerId, Guid submissionKey, CancellationToken cancellationToken) =>
        db.Actions.AsNoTracking()
            .Where(a => a.ProposerId == proposerId && a.SubmissionKey == submissionKey)
            .Join(db.Roadmaps, a => a.RoadmapId, r => r.Id, (a, r) => new ProposedAction(a.Id, r.Slug))
            .FirstOrDefaultAsync(cancellationToken);
}
