using Roadmap.Application.Common;
using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailNotifications;

/// <summary>
/// The digest period a moment falls in: a day starts at 07:00 Paris, a week on Monday at 07:00 Paris.
/// A digest holds the notifications written before its period started, so a notification written
/// after this morning's digest waits for tomorrow's, and a week's digest never leaves mid-week.
/// </summary>
internal sealed record DigestPeriod(MailFrequency Frequency, DateOnly Date, DateTimeOffset Start)
{
    private static readonly TimeOnly SendingTime = new(7, 0);

    public static DigestPeriod Daily(DateTimeOffset now)
    {
        var date = DateOnly.FromDateTime(FrenchFormat.ToParis(now).AddHours(-SendingTime.Hour));
        return new DigestPeriod(MailFrequency.Daily, date, FrenchFormat.FromParis(date, SendingTime));
    }

    public static DigestPeriod Weekly(DateTimeOffset now)
    {
        var day = Daily(now).Date;
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DigestPeriod(MailFrequency.Weekly, monday, FrenchFormat.FromParis(monday, SendingTime));
    }

    /// <summary>Unique per person and period: two nodes never both write it.</summary>
    public string DedupeKey(Guid userId) =>
        $"digest:{(Frequency == MailFrequency.Weekly ? "weekly" : "daily")}:{userId}:{Date:yyyy-MM-dd}";
}
