using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailNotifications;

/// <summary>
/// The people with a pending notification that can be dealt with now (mailed, dropped or put in a
/// digest whose period began), so that rows waiting for their digest are not read every round.
/// </summary>
internal static class PeopleToMail
{
    private static readonly (MailTopic Topic, NotificationKind[] Kinds)[] KindsByTopic = Enum.GetValues<NotificationKind>()
        .GroupBy(MailTopics.Of)
        .Select(g => (g.Key, g.ToArray()))
        .ToArray();

    public static async Task<IReadOnlyList<Guid>> FindAsync(IRoadmapDbContext db, DigestPeriod daily, DigestPeriod weekly, int limit, CancellationToken cancellationToken)
    {
        var people = new HashSet<Guid>();
        foreach (var (topic, kinds) in KindsByTopic)
        {
            var found = await db.Notifications.AsNoTracking()
                .Where(n => n.MailState == NotificationMailState.Pending && kinds.Contains(n.Kind))
                .Select(n => new
                {
                    n.UserId,
                    n.CreatedAt,
                    n.ReadAt,
                    Frequency = db.MailPreferences.Where(p => p.UserId == n.UserId && p.Topic == topic).Select(p => (MailFrequency?)p.Frequency).FirstOrDefault(),
                    CanMail = db.Users.Any(u => u.Id == n.UserId && u.EmailConfirmed),
                })
                .Where(x => !x.CanMail || x.ReadAt != null
                    || x.Frequency == MailFrequency.Immediately || x.Frequency == MailFrequency.Never
                    || ((x.Frequency == null || x.Frequency == MailFrequency.Daily) && x.CreatedAt < daily.Start)
                    || (x.Frequency == MailFrequency.Weekly && x.CreatedAt < weekly.Start))
                .Select(x => x.UserId)
                .Distinct()
                .Take(limit)
                .ToListAsync(cancellationToken);
            people.UnionWith(found);
        }

        return people.Take(limit).ToList();
    }
}
