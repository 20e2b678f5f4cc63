using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Tests.Pages;

public sealed class MetaDescriptionTests
{
    [Fact]
    public void LeavesNoTagEntityOrMarkdownMark()
    {
        var description = MetaDescription.From("<p>Un <strong>réseau</strong> &amp; des <a href=\"https://x.fr\">médiateurs</a></p>\n## **Gras** et [lien](https://exemple.fr) <script>alert(1)</script>");

        Assert.Equal("Un réseau & des médiateurs Gras et lien alert(1)", description);
    }

    [Fact]
    public void AddsTheContextOnlyWhileTheTextIsTooShort()
    {
        Assert.Equal(
            "Une action pour les habitants. Elle concerne toute la Sarthe.",
            MetaDescription.From("Une action pour les habitants.", "Elle concerne toute la Sarthe.", "Jamais lu."));
        Assert.Equal(new string('a', 60), MetaDescription.From(new string('a', 60), "Le contexte."));
    }

    [Fact]
    public void CutsALongTextOnAWord()
    {
        var words = string.Join(' ', Enumerable.Repeat("accompagnement", 30));

        var description = MetaDescription.From(words);

        Assert.True(description.Length <= MetaDescription.MaxLength);
        Assert.EndsWith("accompagnement…", description, StringComparison.Ordinal);
    }

    [Fact]
    public void PutsAnEasyReadOnOneLine()
    {
        Assert.Equal("Une phrase. Une autre phrase.", MetaDescription.From("Une phrase.\nUne autre phrase."));
    }
}
