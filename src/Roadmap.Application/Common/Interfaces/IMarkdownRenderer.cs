namespace Roadmap.Application.Common.Interfaces;

/// <summary>
/// Turns user-written Markdown into HTML that is safe to embed in a page:
/// raw HTML is escaped, only http, https and mailto links survive, and the output is sanitised.
/// </summary>
public interface IMarkdownRenderer
{
    /// <summary>Renders <paramref name="markdown"/> (null or empty gives an empty string) to safe HTML.</summary>
    string ToSafeHtml(string? markdown);
}
