namespace Roadmap.Application.Workshops.Live;

/// <summary>The names of the events the hub sends (docs/workshop-hub.md describes each payload).</summary>
public static class LiveEvents
{
    public const string PresenceChanged = nameof(PresenceChanged);
    public const string ItemFocused = nameof(ItemFocused);
    public const string PollOpened = nameof(PollOpened);
    public const string PollResults = nameof(PollResults);
    public const string PollClosed = nameof(PollClosed);
    public const string IdeaPosted = nameof(IdeaPosted);
    public const string IdeaUpdated = nameof(IdeaUpdated);
    public const string HandsChanged = nameof(HandsChanged);
    public const string TimerChanged = nameof(TimerChanged);
    public const string Reaction = nameof(Reaction);
    public const string WorkshopEnded = nameof(WorkshopEnded);
}
