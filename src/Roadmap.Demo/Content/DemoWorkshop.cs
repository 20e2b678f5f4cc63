using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Demo.Content;

/// <summary>
/// A workshop of a demo roadmap, scheduled by the roadmap's team facilitator <see cref="ScheduledDaysAgo"/>
/// days before the seeding. One in the past is held: the facilitator opens the room, the
/// <see cref="Ideas"/>' authors join and post them, the facilitator closes it and publishes the minutes
/// the next day. One in the future stays scheduled.
/// </summary>
internal sealed record DemoWorkshop
{
    public required string Title { get; init; }
    public required int ScheduledDaysAgo { get; init; }

    /// <summary>Days from the seeding day: negative in the past.</summary>
    public required int Day { get; init; }

    /// <summary>The start, in hours after midnight UTC.</summary>
    public required int Hour { get; init; }

    public required int DurationMinutes { get; init; }
    public required WorkshopMode Mode { get; init; }
    public string? VisioLink { get; init; }
    public string? Address { get; init; }
    public required IReadOnlyList<DemoAgendaItem> Agenda { get; init; }
    public IReadOnlyList<DemoIdea> Ideas { get; init; } = [];
}

/// <summary>An agenda line: an axis (its position, from 1), actions (their keys) or a free topic.</summary>
internal sealed record DemoAgendaItem(int? Axis = null, IReadOnlyList<string>? ActionKeys = null, string? Topic = null);

/// <summary>An idea posted in the room by a demo account, on an axis (its position) or none.</summary>
internal sealed record DemoIdea(string Author, string Text, int? Axis = null);
