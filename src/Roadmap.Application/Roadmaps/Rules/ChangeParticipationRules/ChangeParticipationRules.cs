using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Roadmaps;

namespace Roadmap.Application.Roadmaps.Rules.ChangeParticipationRules;

/// <summary>
/// Sets who may propose, who may support, the cap of supports per participant (none when null) and
/// whether support counts show while the phase runs (its roadmap's managers). Takes effect at once:
/// hidden counts are kept from the public wherever they show (<see cref="TerritorialRoadmap.HidesSupportCounts"/>).
/// </summary>
[RequiresRole]
public sealed record ChangeParticipationRules(
    string RoadmapSlug,
    ProposalEligibility Proposers,
    SupportEligibility SupportEligibility,
    int? MaxSupportsPerParticipant,
    bool CountsShownDuringPhase) : IRequest<ParticipationRules>;

internal sealed class ChangeParticipationRulesValidator : AbstractValidator<ChangeParticipationRules>
{
    public ChangeParticipationRulesValidator()
    {
        RuleFor(x => x.Proposers).IsInEnum().WithMessage("Choisissez qui peut proposer des actions.");
        RuleFor(x => x.SupportEligibility).IsInEnum().WithMessage("Choisissez qui peut soutenir les actions.");
        RuleFor(x => x.MaxSupportsPerParticipant)
            .InclusiveBetween(1, ParticipationRules.MaxSupportsCap)
            .WithMessage($"Le nombre maximal de soutiens par personne est compris entre 1 et {ParticipationRules.MaxSupportsCap} (laissez vide pour ne pas en fixer).");
    }
}

internal sealed class ChangeParticipationRulesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ChangeParticipationRules, ParticipationRules>
{
    public async Task<ParticipationRules> Handle(ChangeParticipationRules request, CancellationToken cancellationToken)
    {
        var roadmap = await db.Roadmaps.FirstOrDefaultAsync(r => r.Slug == request.RoadmapSlug, cancellationToken)
            ?? throw new NotFoundException("La feuille de route", request.RoadmapSlug);
        await db.EnsureCanManageAsync(user, roadmap.Id, cancellationToken);

        var before = roadmap.VotingRules;
        roadmap.ChangeVotingRules(new VotingRules(request.SupportEligibility, request.MaxSupportsPerParticipant, request.Proposers, request.CountsShownDuringPhase));
        await db.RecordAsync(user, clock.GetUtcNow(), roadmap.Id, "rules.changed", $"Règles de participation de « {roadmap.Title} »",
            before, roadmap.VotingRules, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ParticipationRules.Of(roadmap);
    }
}
