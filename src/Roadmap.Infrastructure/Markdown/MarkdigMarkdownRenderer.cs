using System.Net;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Infrastructure.Markdown;

/// <summary>
/// Renders user-written Markdown with Markdig, rewrites the syntax tree, then passes the HTML
/// through an allow-list sanitiser, so either layer alone would already stop script injection.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Input longer than <see cref="MarkdownLimits.MaxInputLength"/> is truncated, never
/// rejected. Input nested deeper than Markdig accepts is shown as plain text.</item>
/// <item>Raw HTML is shown as text. Only a few tags survive (paragraphs, emphasis, lists,
/// quotes, code, tables, h3 to h6, links); no <c>style</c>, <c>class</c>, <c>id</c> or
/// event attribute does.</item>
/// <item>Links keep only the URLs <see cref="SafeUrl"/> accepts (relative links included). A
/// rejected link becomes its text. No image is ever loaded: an image with an absolute http(s)
/// source becomes a link « Image : alt text » to it, any other image its alt text.</item>
/// <item>Headings are shifted so the text's highest heading becomes h3 and the others keep their
/// distance below it (capped at h6): the page owns h1 and h2, and no level is skipped after them.</item>
/// <item>Every link carries <c>rel="nofollow noopener noreferrer"</c>: it is user content.</item>
/// </list>
/// </remarks>
internal sealed class MarkdigMarkdownRenderer : IMarkdownRenderer
{
    private const int TopHeading = 3;
    private const int DeepestHeading = 6;
    private const string LinkRel = "nofollow noopener noreferrer";

    // Not UseAdvancedExtensions(): its generic attributes let authors write {onclick=...}, and the
    // other extensions mostly emit markup (div, sup, input, style) that the sanitiser drops anyway.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UsePipeTables()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .DisableHtml()
        .Build();

    // Configured once here; Sanitize is thread-safe afterwards.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        return Sanitizer.Sanitize(RenderMarkdown(Truncate(markdown)));
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MarkdownLimits.MaxInputLength)
        {
            return text;
        }

        // Cutting a surrogate pair in half would leave an invalid character at the end.
        var length = char.IsHighSurrogate(text[MarkdownLimits.MaxInputLength - 1])
            ? MarkdownLimits.MaxInputLength - 1
            : MarkdownLimits.MaxInputLength;
        return text[..length];
    }

    private static string RenderMarkdown(string text)
    {
        try
        {
            var document = Markdig.Markdown.Parse(text, Pipeline);
            DemoteHeadings(document);
            RemoveUnsafeLinks(document);
            return document.ToHtml(Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses documents nested past its depth limit (thousands of '>' or '[' in a
            // row). Such input was not meant as Markdown: show it as text rather than fail the page.
            return $"<p>{WebUtility.HtmlEncode(text)}</p>";
        }
    }

    private static void DemoteHeadings(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }

        var shift = TopHeading - headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            heading.Level = Math.Min(heading.Level + shift, DeepestHeading);
        }
    }

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        // Reference-style links are resolved by the parser, so their URL is checked here too.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!(link.IsImage ? SafeUrl.IsSafeImage(link.Url) : SafeUrl.IsSafeLink(link.Url)))
            {
                Unwrap(link);
            }
            else if (link.IsImage)
            {
                ShowImageAsLink(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
            if (!SafeUrl.IsSafeLink(url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
            }
        }
    }

    // An image would make every reader's browser call its host (a tracking pixel): readers get a
    // link they may choose to follow instead, labelled with the alt text or else the address.
    private static void ShowImageAsLink(LinkInline image)
    {
        image.IsImage = false;
        if (image.FirstChild is null)
        {
            image.AppendChild(new LiteralInline(image.Url ?? ""));
        }

        image.FirstChild!.InsertBefore(new LiteralInline("Image : "));
    }

    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }

        container.Remove();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith([
            "p", "br", "hr", "strong", "em", "del", "code", "pre", "blockquote", "ul", "ol", "li",
            "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td"]);
        options.AllowedAttributes.UnionWith(["href", "title", "start"]);
        options.UriAttributes.UnionWith(["href"]);
        options.AllowedSchemes.UnionWith(SafeUrl.LinkSchemes);

        // Keep the text of any element outside the allow-list rather than lose the author's words.
        var sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", LinkRel);
            }
        };
        return sanitizer;
    }
}
