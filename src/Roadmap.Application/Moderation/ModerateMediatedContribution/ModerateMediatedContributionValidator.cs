namespace Roadmap.Application.Moderation.ModerateMediatedContribution;

internal sealed class ModerateMediatedContributionValidator()
    : ModerationValidator<ModerateMediatedContribution>("Indiquez le motif du masquage : il reste attaché à la contribution.");
