using Roadmap.Application.Domain.Actions;

namespace Roadmap.Application.Domain.FollowUp;

/// <summary>
/// A « point d'étape »: a dated Markdown update a pilot posts on an action, which may move its status
/// or progress (<see cref="StatusAfter"/>, <see cref="ProgressAfter"/>). People comment on it like on an action.
/// </summary>
public sealed class ActionUpdate
{
    public const int TitleMaxLength = 160;
    public const int BodyMaxLength = 20_000;
    public const int HiddenReasonMaxLength = 500;

    public static readonly TextLimit TitleLimit = new("Le titre", TitleMaxLength);
    public static readonly TextLimit BodyLimit = new("Le texte", BodyMaxLength);

    private ActionUpdate() { }

    public Guid Id { get; private set; }
    public Guid ActionId { get; private set; }

    /// <summary>Repeated from the action, so a roadmap's updates are listed without a join.</summary>
    public Guid RoadmapId { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>The date the update speaks of (a steering committee, a delivery…), not when it was typed.</summary>
    public DateOnly OccurredOn { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public DateTimeOffset? EditedAt { get; private set; }
    public ActionStatus? StatusAfter { get; private set; }
    public int? ProgressAfter { get; private set; }
    public int CommentCount { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }
    public string HiddenReason { get; private set; } = "";

    /// <summary>Generated once per form: a second submit finds the update already posted (unique per author).</summary>
    public Guid? SubmissionKey { get; private set; }

    public static ActionUpdate Post(RoadmapAction action, Guid authorId, string title, string body, DateOnly occurredOn, DateTimeOffset now, Guid? submissionKey = null)
    {
        if (occurredOn > DateOnly.FromDateTime(now.UtcDateTime).AddDays(1))
        {
            throw new DomainRuleException("La date d'un point d'étape ne peut pas être dans le futur.");
        }

        return new ActionUpdate
        {
            Id = Guid.NewGuid(),
            ActionId = action.Id,
            RoadmapId = action.RoadmapId,
            AuthorId = authorId,
            Title = Guard.Text(title, TitleLimit),
            Body = Guard.Text(body, BodyLimit),
            OccurredOn = occurredOn,
            PostedAt = now,
            SubmissionKey = submissionKey,
        };
    }

    /// <summary>Records what the update changed on the action, once the action has moved.</summary>
    public void Moved(ActionStatus? statusAfter, int? progressAfter)
    {
        StatusAfter = statusAfter;
        ProgressAfter = progressAfter;
    }

    public void Hide(string reason, DateTimeOffset now)
    {
        HiddenReason = Guard.Text(reason, HiddenReasonMaxLength, "Le motif");
        HiddenAt = now;
    }
}
