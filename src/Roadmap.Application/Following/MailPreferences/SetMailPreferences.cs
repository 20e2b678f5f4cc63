using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Following.MailPreferences;

/// <summary>The current user chooses how often they get mail about each listed topic; topics not listed keep their choice.</summary>
[RequiresRole]
public sealed record SetMailPreferences(IReadOnlyList<MailTopicChoice> Choices) : IRequest<Unit>;

internal sealed class SetMailPreferencesHandler(IRoadmapDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SetMailPreferences, Unit>
{
    public async Task<Unit> Handle(SetMailPreferences request, CancellationToken cancellationToken)
    {
        await MailPreferenceWriter.ChooseAsync(db, user.RequireId(), request.Choices, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
