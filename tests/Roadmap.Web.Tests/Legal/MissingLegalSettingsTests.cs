using Roadmap.Web.Infrastructure.Site;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Legal.LegalPages;

namespace Roadmap.Web.Tests.Legal;

/// <summary>An instance whose collectivity has not filled in the « Legal » settings yet.</summary>
public sealed class NoLegalSettingsWebApp() : WebApp(new RoadmapWebFactory(settings: new Dictionary<string, string?>
{
    ["Legal:PublisherName"] = "",
    ["Legal:PublisherAddress"] = " ",
    ["Legal:PublisherPhone"] = "",
    ["Legal:PublicationDirector"] = "",
    ["Legal:HostName"] = "",
    ["Legal:HostAddress"] = "",
    ["Legal:HostPhone"] = "",
    ["Legal:ContactEmail"] = "",
    ["Legal:DpoContact"] = "",
    ["Legal:AccessibilityContact"] = "",
}));

public sealed class MissingLegalSettingsTests(NoLegalSettingsWebApp web) : IClassFixture<NoLegalSettingsWebApp>
{
    [Fact]
    public async Task LegalNoticeSaysWhatTheCollectivityMustFillIn()
    {
        var page = await OpenAsync(web.Anonymous(), "/mentions-legales");

        foreach (var fact in new[] { "#editeur-nom", "#editeur-adresse", "#directeur-publication", "#hebergeur-nom", "#hebergeur-adresse", "#hebergeur-telephone", "#editeur-courriel" })
        {
            Assert.Equal(LegalOptions.Missing, Text(page, fact));
        }
    }

    [Fact]
    public async Task PagesStillAnswerWithPlaceholdersInsteadOfContacts()
    {
        var statement = await OpenAsync(web.Anonymous(), "/accessibilite");
        var policy = await OpenAsync(web.Anonymous(), "/donnees-personnelles");

        Assert.DoesNotContain(statement.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.StartsWith("mailto:", StringComparison.Ordinal));
        Assert.Contains(statement.QuerySelectorAll("main em.to-fill"), e => e.TextContent == LegalOptions.Missing);
        Assert.Equal(LegalOptions.Missing, Text(policy, "#dpd"));
    }
}
