namespace Roadmap.Application.Moderation.ModerateComment;

internal sealed class ModerateCommentValidator : ModerationValidator<ModerateComment>;
