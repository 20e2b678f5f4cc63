using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.FollowUp;
using Roadmap.Application.Following;

namespace Roadmap.Application.FollowUp.SetActionPilots;

/// <summary>
/// A manager of the action's roadmap (or an Administrator) replaces the pilots of a followed-up action
/// with <see cref="UserIds"/> (at most <see cref="MaxPilots"/>; see <see cref="PilotEligibility"/>
/// for who may be one). The same list twice changes nothing. Newly named pilots are notified and follow the action.
/// </summary>
[RequiresRole]
public sealed record SetActionPilots(Guid ActionId, IReadOnlyList<Guid> UserIds) : IRequest<Unit>
{
    public const int MaxPilots = 10;
}

internal sealed class SetActionPilotsValidator : AbstractValidator<SetActionPilots>
{
    public SetActionPilotsValidator()
    {
        RuleFor(r => r.UserIds).NotNull().WithMessage("Indiquez les pilotes.");
        RuleFor(r => r.UserIds.Distinct().Count())
            .LessThanOrEqualTo(SetActionPilots.MaxPilots).WithMessage($"Une action a au plus {SetActionPilots.MaxPilots} pilotes.")
            .OverridePropertyName(nameof(SetActionPilots.UserIds))
            .When(r => r.UserIds is not null);
    }
}

internal sealed class SetActionPilotsHandler(IRoadmapDbContext db, ICurrentUser user, Notifier notifier, TimeProvider clock) : IRequestHandler<SetActionPilots, Unit>
{
    public async Task<Unit> Handle(SetActionPilots request, CancellationToken cancellationToken)
    {
        var actorId = user.RequireId();
        var action = await FollowUpActions.LoadAsync(db, request.ActionId, cancellationToken);
        await db.EnsureCanManageAsync(user, action.RoadmapId, cancellationToken);
        action.EnsureFollowedUp();
        var wanted = request.UserIds.Distinct().ToHashSet();
        var current = await db.Pilots.Where(p => p.ActionId == action.Id).ToListAsync(cancellationToken);
        var added = wanted.Where(id => current.All(p => p.UserId != id)).ToList();
        var removed = current.Where(p => !wanted.Contains(p.UserId)).ToList();
        if (added.Count == 0 && removed.Count == 0)
        {
            return Unit.Value;
        }

        await EnsureEligibleAsync(action, added, cancellationToken);
        var now = clock.GetUtcNow();
        var names = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id) || current.Select(p => p.UserId).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        db.Pilots.RemoveRange(removed);
        db.Pilots.AddRange(added.Select(id => ActionPilot.Name(action.Id, id, actorId, now)));
        var roadmap = await FollowUpActions.RoadmapOfAsync(db, action, cancellationToken);
        foreach (var pilotId in added)
        {
            await notifier.EnsureFollowingAsync(pilotId, FollowTarget.Action, action.Id, cancellationToken);
            if (pilotId != actorId)
            {
                db.Notifications.Add(Notification.Create(pilotId, NotificationKind.PilotNamed,
                    $"Vous êtes pilote de l'action « {action.Title} » : vous pouvez rendre compte de son avancement.", SiteLinks.Action(roadmap.Slug, action.Id), now, action.RoadmapId));
            }
        }

        await db.RecordAsync(user, now, action.RoadmapId, "action.pilots", $"Pilotes de l'action « {action.Title} »",
            Names(current.Select(p => p.UserId), names), Names(wanted, names), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private async Task EnsureEligibleAsync(Domain.Actions.RoadmapAction action, List<Guid> added, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            return;
        }

        var eligible = await PilotEligibility.EligibleUsers(db, action).Where(u => added.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var refused = added.Except(eligible).ToList();
        if (refused.Count == 0)
        {
            return;
        }

        var known = await db.Users.AsNoTracking().Where(u => refused.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        throw new DomainRuleException(PilotEligibility.NotEligible(refused
            .Select(id => known.TryGetValue(id, out var name) ? name : $"compte inconnu ({id})")
            .Order(FrenchFormat.Order)));
    }

    private static PilotsState Names(IEnumerable<Guid> ids, Dictionary<Guid, string> names) =>
        new([.. ids.Select(id => names.GetValueOrDefault(id, ParticipantNames.Deleted)).Order(FrenchFormat.Order)]);

    private sealed record PilotsState(IReadOnlyList<string> Pilots);
}
