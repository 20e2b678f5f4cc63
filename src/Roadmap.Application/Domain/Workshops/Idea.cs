using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// An idea posted live. Upvoted by participants (<see cref="IdeaUpvote"/>, counted exactly in
/// <see cref="UpvoteCount"/>), grouped under an axis by the facilitator, hidden with a public reason,
/// or promoted into a proposed action credited to its author.
/// </summary>
public sealed class Idea
{
    public const int TextMaxLength = 500;
    public const int HiddenReasonMaxLength = 300;

    private Idea() { }

    public Guid Id { get; private set; }
    public Guid WorkshopId { get; private set; }

    /// <summary>The agenda item in focus when it was posted.</summary>
    public Guid? AgendaItemId { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The axis the author suggested.</summary>
    public Guid? AxisId { get; private set; }

    /// <summary>The axis the facilitator filed it under on the ideas wall.</summary>
    public Guid? GroupedAxisId { get; private set; }
    public string AuthorKey { get; private set; } = "";
    public Guid? AuthorUserId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public ParticipantRole? AuthorRole { get; private set; }
    public Guid? AuthorOrganisationId { get; private set; }
    public DateTimeOffset PostedAt { get; private set; }
    public int UpvoteCount { get; private set; }
    public DateTimeOffset? HiddenAt { get; private set; }
    public string HiddenReason { get; private set; } = "";
    public Guid? PromotedActionId { get; private set; }
    public DateTimeOffset? PromotedAt { get; private set; }

    public bool IsHidden => HiddenAt is not null;

    /// <summary>Where the ideas wall shows it: the facilitator's grouping first, else the author's axis.</summary>
    public Guid? WallAxisId => GroupedAxisId ?? AxisId;

    public static Idea Post(Workshop workshop, Attendance author, string text, Guid? axisId, ISet<Guid> roadmapAxisIds, DateTimeOffset now)
    {
        workshop.EnsureLive();
        return new Idea
        {
            Id = Guid.NewGuid(),
            WorkshopId = workshop.Id,
            AgendaItemId = workshop.FocusedItemId,
            Text = Guard.Text(text, TextMaxLength, "Votre idée"),
            AxisId = CheckedAxis(axisId, roadmapAxisIds),
            AuthorKey = author.ParticipantKey,
            AuthorUserId = author.UserId,
            AuthorName = author.DisplayName,
            AuthorRole = author.Role,
            AuthorOrganisationId = author.OrganisationId,
            PostedAt = now,
        };
    }

    public void EnsureCanBeUpvotedBy(string voterKey)
    {
        EnsureVisible();
        if (voterKey == AuthorKey)
        {
            throw new DomainRuleException("Vous ne pouvez pas soutenir votre propre idée.");
        }
    }

    public void GroupUnder(Guid axisId, ISet<Guid> roadmapAxisIds)
    {
        EnsureVisible();
        GroupedAxisId = CheckedAxis(axisId, roadmapAxisIds);
    }

    public void Hide(string reason, DateTimeOffset now)
    {
        if (PromotedActionId is not null)
        {
            throw new DomainRuleException("Cette idée est devenue une action : elle ne peut plus être masquée ici.");
        }

        HiddenReason = Guard.Text(reason, HiddenReasonMaxLength, "Le motif de masquage");
        HiddenAt = now;
    }

    /// <summary>Records the action it became; the action itself is created by <c>RoadmapAction.PromoteFromWorkshop</c>.</summary>
    public void MarkPromoted(Guid actionId, DateTimeOffset now)
    {
        EnsurePromotable();
        PromotedActionId = actionId;
        PromotedAt = now;
    }

    public void EnsurePromotable()
    {
        EnsureVisible();
        if (PromotedActionId is not null)
        {
            throw new DomainRuleException("Cette idée est déjà devenue une action.");
        }
    }

    private void EnsureVisible()
    {
        if (IsHidden)
        {
            throw new DomainRuleException("Cette idée a été masquée par l'animation.");
        }
    }

    private static Guid? CheckedAxis(Guid? axisId, ISet<Guid> roadmapAxisIds) =>
        axisId is null || roadmapAxisIds.Contains(axisId.Value)
            ? axisId
            : throw new DomainRuleException(TerritorialRoadmap.ForeignAxis);
}
