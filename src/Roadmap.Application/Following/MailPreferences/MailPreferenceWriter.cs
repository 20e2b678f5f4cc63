using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailPreferences;

/// <summary>Stores a person's choices (the preferences form and the unsubscribe link); the caller saves.</summary>
internal static class MailPreferenceWriter
{
    public static async Task ChooseAsync(IRoadmapDbContext db, Guid userId, IEnumerable<MailTopicChoice> choices, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.MailPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Topic, cancellationToken);
        foreach (var choice in choices)
        {
            if (existing.TryGetValue(choice.Topic, out var preference))
            {
                preference.Change(choice.Frequency, now);
            }
            else
            {
                existing[choice.Topic] = MailPreference.Choose(userId, choice.Topic, choice.Frequency, now);
                db.MailPreferences.Add(existing[choice.Topic]);
            }
        }
    }
}
