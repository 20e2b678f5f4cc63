using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Comments;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Participation;

namespace Roadmap.Application.Mediation;

/// <summary>
/// What a mediated contribution lands on, and whether the roadmap takes it now: the same rules as online participation.
/// A resident counts as a citizen: where only officials and actors, or only verified people, may support, a mediated
/// support is refused too.
/// </summary>
internal static class MediationTargets
{
    public const string VerifiedOnly =
        "Sur cette feuille de route, seules les personnes dont la qualité a été vérifiée peuvent soutenir des actions : un soutien recueilli ne peut pas y être enregistré.";

    public static async Task<(TerritorialRoadmap Roadmap, RoadmapAction? Action)> LoadAsync(
        IRoadmapDbContext db, Guid roadmapId, Guid? actionId, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roadmapId, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", roadmapId);
        if (actionId is not { } id)
        {
            return (roadmap, null);
        }

        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.RoadmapId == roadmapId, cancellationToken)
            ?? throw ValidationFailedException.For("ActionId", "Choisissez une action de cette feuille de route.");
        return (roadmap, action);
    }

    /// <summary>Why this kind of contribution may not be recorded on this target now, or null.</summary>
    public static string? Refusal(MediatedContributionKind kind, TerritorialRoadmap roadmap, RoadmapAction? action, DateTimeOffset now) => kind switch
    {
        MediatedContributionKind.Support when roadmap.AcceptsSupports && roadmap.VotingRules.Eligibility == SupportEligibility.VerifiedStanding => VerifiedOnly,
        MediatedContributionKind.Support => ParticipationTargets.SupportRefusal(roadmap, Required(action), ParticipantRole.Citizen, now),
        MediatedContributionKind.Comment => CommentTargets.ClosedReason(roadmap, Required(action)),
        _ => roadmap.AcceptsProposals ? null : roadmap.ClosedBecause("Les idées ne sont plus recueillies"),
    };

    public static void EnsureOpen(MediatedContributionKind kind, TerritorialRoadmap roadmap, RoadmapAction? action, DateTimeOffset now)
    {
        if (Refusal(kind, roadmap, action, now) is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }
    }

    public static async Task EnsureAxisOfAsync(IRoadmapDbContext db, Guid roadmapId, Guid? axisId, CancellationToken cancellationToken)
    {
        if (axisId is { } id && !await db.Axes.AnyAsync(a => a.Id == id && a.RoadmapId == roadmapId, cancellationToken))
        {
            throw ValidationFailedException.For("AxisId", "Choisissez un axe de cette feuille de route, ou aucun.");
        }
    }

    private static RoadmapAction Required(RoadmapAction? action) =>
        action ?? throw ValidationFailedException.For("ActionId", "Choisissez l'action que l'habitant·e soutient ou commente.");
}
