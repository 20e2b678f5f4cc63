using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Actions;
using Roadmap.Application.Domain.Participation;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Standing;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation;

/// <summary>Loads the action a participant supports or co-signs, with its roadmap, and states what it accepts.</summary>
internal static class ParticipationTargets
{
    public const string HiddenAction = "Cette action a été masquée par la modération : elle ne reçoit plus de soutiens ni de co-signatures.";

    public static async Task<(TerritorialRoadmap Roadmap, RoadmapAction Action)> LoadAsync(IRoadmapDbContext db, Guid actionId, CancellationToken cancellationToken)
    {
        var action = await db.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException("L'action", actionId);
        var roadmap = await db.Roadmaps.AsNoTracking().FirstAsync(r => r.Id == action.RoadmapId, cancellationToken);
        return (roadmap, action);
    }

    /// <summary>A support as the domain gives it (phase, voting rules, action status), refused on a hidden action.</summary>
    public static Support GiveSupport(TerritorialRoadmap roadmap, RoadmapAction action, Guid userId, ParticipantRole role, Guid? organisationId, DateTimeOffset now)
    {
        if (action.IsHidden)
        {
            throw new DomainRuleException(HiddenAction);
        }

        return Support.Give(roadmap, action, userId, role, organisationId, now);
    }

    public const string NotVerified =
        "Sur cette feuille de route, seules les personnes dont la qualité a été vérifiée peuvent soutenir des actions : " +
        "demandez la vérification de votre qualité (élu·e ou acteur du territoire) depuis la page « Mon compte ».";

    /// <summary>Why the person may not support on this roadmap for want of a verified standing, or null.</summary>
    public static async Task<string?> StandingRefusalAsync(IRoadmapDbContext db, Guid roadmapId, VotingRules rules, Guid userId, CancellationToken cancellationToken) =>
        rules.Eligibility != SupportEligibility.VerifiedStanding
        || await db.StandingClaims.AnyAsync(c => c.RoadmapId == roadmapId && c.UserId == userId && c.Status == StandingStatus.Approved, cancellationToken)
            ? null
            : NotVerified;

    /// <summary>
    /// Why <paramref name="role"/> may not support this action now, or null. Asks the entity itself,
    /// so the page explains exactly what the command would answer.
    /// </summary>
    public static string? SupportRefusal(TerritorialRoadmap roadmap, RoadmapAction action, ParticipantRole role, DateTimeOffset now)
    {
        try
        {
            GiveSupport(roadmap, action, Guid.Empty, role, null, now);
            return null;
        }
        catch (DomainRuleException refused)
        {
            return refused.Message;
        }
    }
}
