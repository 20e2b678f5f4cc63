namespace Roadmap.Application.Domain.Audit;

/// <summary>
/// One back-office change: who, when, what, before → after. Append-only: nothing updates or deletes
/// an entry. The actor's id is not a foreign key and the name is copied, so the journal still says
/// who did what after the account is deleted (accountability of a public body's back office).
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 80;
    public const int SubjectMaxLength = 300;
    public const int ActorNameMaxLength = 256;
    public const int StateMaxLength = 20_000;

    private AuditEntry() { }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ActorId { get; private set; }

    /// <summary>The actor's name when it happened (« Ligne de commande » for the command line).</summary>
    public string ActorName { get; private set; } = "";

    /// <summary>The roadmap concerned, if the change is about one (for the journal's filter).</summary>
    public Guid? RoadmapId { get; private set; }

    /// <summary>A stable code: « roadmap.created », « team.granted », « territory.imported »…</summary>
    public string Action { get; private set; } = "";

    /// <summary>What was changed, in words (« Feuille de route « Usages numériques » »).</summary>
    public string Subject { get; private set; } = "";

    /// <summary>The state before (JSON), null for a creation.</summary>
    public string? Before { get; private set; }

    /// <summary>The state after (JSON), null for a removal.</summary>
    public string? After { get; private set; }

    public static AuditEntry Record(
        DateTimeOffset at, Guid? actorId, string actorName, Guid? roadmapId, string action, string subject, string? before, string? after) => new()
        {
            Id = Guid.NewGuid(),
            At = at,
            ActorId = actorId,
            ActorName = Clip(actorName, ActorNameMaxLength),
            RoadmapId = roadmapId,
            Action = Clip(action, ActionMaxLength),
            Subject = Clip(subject, SubjectMaxLength),
            Before = before is null ? null : Clip(before, StateMaxLength),
            After = after is null ? null : Clip(after, StateMaxLength),
        };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
