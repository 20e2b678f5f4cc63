namespace Roadmap.Application.Moderation.ModerateAction;

internal sealed class ModerateActionValidator : ModerationValidator<ModerateAction>;
