namespace Roadmap.Application.Domain.Workshops;

/// <summary>The short fixed list of reactions a participant may send; anything else is refused.</summary>
public static class Reactions
{
    public static readonly IReadOnlyList<string> Allowed = ["👍", "👏", "❤️", "😂", "😮", "🤔", "🎉", "🙋"];

    public static bool IsAllowed(string? emoji) => emoji is not null && Allowed.Contains(emoji, StringComparer.Ordinal);
}
