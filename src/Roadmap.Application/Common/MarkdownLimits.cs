namespace Roadmap.Application.Common;

/// <summary>Bounds on user-written Markdown, shared by validators and the renderer.</summary>
public static class MarkdownLimits
{
    /// <summary>
    /// Longest Markdown text rendered, in UTF-16 code units. The renderer truncates longer input
    /// instead of failing, so validators should reject it before it is stored.
    /// </summary>
    public const int MaxInputLength = 50_000;
}
