using Roadmap.Application.Common.Interfaces;
using Roadmap.Infrastructure.Markdown;

namespace Roadmap.Infrastructure.Tests.Markdown;

public sealed class CachedMarkdownRendererTests
{
    private const string Hostile = "## Titre\n\n[piège](javascript:alert(1)) <script>alert(1)</script> [lien](https://exemple.fr)";

    [Fact]
    public void ReturnsTheSameHtmlAsTheRendererItCaches()
    {
        var renderer = new MarkdigMarkdownRenderer();
        using var cached = new CachedMarkdownRenderer(renderer);

        var first = cached.ToSafeHtml(Hostile);
        var second = cached.ToSafeHtml(Hostile);

        Assert.Equal(renderer.ToSafeHtml(Hostile), first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void KeepsTheSanitisationWhenServedFromTheCache()
    {
        using var cached = new CachedMarkdownRenderer(new MarkdigMarkdownRenderer());
        cached.ToSafeHtml(Hostile);

        var html = cached.ToSafeHtml(Hostile);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://exemple.fr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RendersATextOnlyOnce()
    {
        var renderer = new CountingRenderer();
        using var cached = new CachedMarkdownRenderer(renderer);

        cached.ToSafeHtml("**gras**");
        cached.ToSafeHtml("**gras**");

        Assert.Equal(1, renderer.Calls);
    }

    [Fact]
    public void RendersEachDistinctTextItself()
    {
        using var cached = new CachedMarkdownRenderer(new MarkdigMarkdownRenderer());

        Assert.Equal("<p><strong>un</strong></p>\n", cached.ToSafeHtml("**un**"));
        Assert.Equal("<p><em>deux</em></p>\n", cached.ToSafeHtml("*deux*"));
    }

    [Fact]
    public void GivesAnEmptyStringForNoText()
    {
        var renderer = new CountingRenderer();
        using var cached = new CachedMarkdownRenderer(renderer);

        Assert.Equal("", cached.ToSafeHtml(null));
        Assert.Equal("", cached.ToSafeHtml(""));
        Assert.Equal(0, renderer.Calls);
    }

    private sealed class CountingRenderer : IMarkdownRenderer
    {
        public int Calls { get; private set; }

        public string ToSafeHtml(string? markdown)
        {
            Calls++;
            return $"<p>{markdown}</p>";
        }
    }
}
