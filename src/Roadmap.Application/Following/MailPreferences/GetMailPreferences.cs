using MediatR;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailPreferences;

/// <summary>The current user's choice for every topic, in the order of <see cref="MailTopic"/>; daily where they never chose.</summary>
[RequiresRole]
public sealed record GetMailPreferences : IQuery<IReadOnlyList<MailTopicChoice>>;

internal sealed class GetMailPreferencesHandler(IRoadmapDbContext db, ICurrentUser user) : IRequestHandler<GetMailPreferences, IReadOnlyList<MailTopicChoice>>
{
    public async Task<IReadOnlyList<MailTopicChoice>> Handle(GetMailPreferences request, CancellationToken cancellationToken)
    {
        var userId = user.RequireId();
        var chosen = await db.MailPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .ToDictionaryAsync(p => p.Topic, p => p.Frequency, cancellationToken);
        return Enum.GetValues<MailTopic>().Select(t => new MailTopicChoice(t, chosen.GetValueOrDefault(t, MailFrequency.Daily))).ToList();
    }
}
