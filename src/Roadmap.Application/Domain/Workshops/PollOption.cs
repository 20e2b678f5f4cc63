namespace Roadmap.Application.Domain.Workshops;

public sealed class PollOption
{
    public const int TextMaxLength = 200;

    private PollOption() { }

    public Guid Id { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = "";
    public Guid? ActionId { get; private set; }

    /// <summary>Counted by show of hands or on paper in the room; shown apart from online ballots, never added to them.</summary>
    public int? HandCount { get; private set; }

    internal void CountHands(int count) => HandCount = count;

    internal static PollOption Create(int position, string text, Guid? actionId) => new()
    {
        Id = Guid.NewGuid(),
        Position = position,
        Text = Guard.Text(text, TextMaxLength, $"L'option {position}"),
        ActionId = actionId,
    };
}
