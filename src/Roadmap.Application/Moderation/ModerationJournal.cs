using Roadmap.Application.Common.Audit;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Moderation;

/// <summary>
/// The journal entry of a decision on a comment or an action, as for mediated contributions (decision 038): hiding
/// someone's words is a back-office act on them. Before → after is what the public sees and the reports still pending;
/// a decision that changes none of it (a second submit) records nothing.
/// </summary>
internal static class ModerationJournal
{
    private const int QuoteLength = 120;

    public static Task RecordAsync(
        IRoadmapDbContext db, ICurrentUser user, DateTimeOffset now, Guid roadmapId, string target, ModerationDecision decision,
        string subject, State before, State after, CancellationToken cancellationToken) =>
        before == after
            ? Task.CompletedTask
            : db.RecordAsync(user, now, roadmapId, $"{target}.{(decision == ModerationDecision.Hide ? "hidden" : "restored")}", subject, before, after, cancellationToken);

    /// <summary>The text on one line, cut with « … » past <see cref="QuoteLength"/> characters.</summary>
    public static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= QuoteLength ? flat : flat[..(QuoteLength - 1)] + "…";
    }

    /// <summary>Held: hidden automatically by reports until a moderator decides (comments only).</summary>
    public sealed record State(bool Hidden, bool Held, string Reason, int PendingReports);
}
