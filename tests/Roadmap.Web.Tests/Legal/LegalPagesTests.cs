using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Roadmap.Application.Mail.PurgeSentMails;
using Roadmap.Web.Infrastructure;
using Roadmap.Web.Infrastructure.Site;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Legal.LegalPages;

namespace Roadmap.Web.Tests.Legal;

/// <summary>The legal pages on the demo configuration (appsettings.Development.json fills every « Legal » setting).</summary>
public sealed class LegalPagesTests(WebApp web) : IClassFixture<WebApp>
{
    private LegalOptions Legal => web.App.Services.GetRequiredService<IOptions<LegalOptions>>().Value;

    private LockoutOptions Lockout => web.App.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout;

    private TimeSpan LinkLifetime => web.App.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan;

    [Theory]
    [InlineData("/accessibilite", "Déclaration d'accessibilité")]
    [InlineData("/mentions-legales", "Mentions légales")]
    [InlineData("/donnees-personnelles", "Données personnelles")]
    [InlineData("/cookies", "Cookies")]
    public async Task EachPageHasOneH1AndIsNamedByItsTitle(string path, string name)
    {
        var page = await OpenAsync(web.Anonymous(), path);

        Assert.Equal(name, Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal($"{name} — Roadmap", page.Title);
        Assert.Equal(path, page.QuerySelector("nav.breadcrumb a[aria-current=page]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task LegalNoticeShowsPublisherDirectorAndHostFromConfiguration()
    {
        var page = await OpenAsync(web.Anonymous(), "/mentions-legales");

        Assert.Equal(Legal.PublisherName, Text(page, "#editeur-nom"));
        Assert.Equal(Legal.PublisherAddress, Text(page, "#editeur-adresse"));
        Assert.Equal(Legal.PublicationDirector, Text(page, "#directeur-publication"));
        Assert.Equal(Legal.HostName, Text(page, "#hebergeur-nom"));
        Assert.Equal(Legal.HostAddress, Text(page, "#hebergeur-adresse"));
        Assert.Equal(Legal.HostPhone, Text(page, "#hebergeur-telephone"));
        Assert.Equal($"mailto:{Legal.ContactEmail}", page.QuerySelector("#editeur-courriel a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PersonalDataPageNamesTheControllerAndTheDataProtectionOfficer()
    {
        var page = await OpenAsync(web.Anonymous(), "/donnees-personnelles");

        Assert.StartsWith(Legal.PublisherName!, Text(page, "#responsable"), StringComparison.Ordinal);
        Assert.Equal(Legal.DpoContact, Text(page, "#dpd"));
        Assert.Contains("https://www.cnil.fr/fr/plaintes", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PersonalDataPageGivesTheRetentionPeriodsTheCodeApplies()
    {
        var page = await OpenAsync(web.Anonymous(), "/donnees-personnelles");

        var periods = Text(page, "#durees-conservation");

        Assert.Contains($"Effacés {PurgeSentMails.SentKept.TotalDays} jours après leur envoi, ou {PurgeSentMails.FailedKept.TotalDays} jours après l'abandon", periods, StringComparison.Ordinal);
        Assert.Contains($"Fermée après {SessionLifetime.Inactivity.TotalHours} heure sans activité et {SessionLifetime.Absolute.TotalHours} heures au plus", periods, StringComparison.Ordinal);
        Assert.Contains($"{SessionLifetime.RememberedInactivity.TotalDays} jours sans utilisation et {SessionLifetime.RememberedAbsolute.TotalDays} jours au plus", periods, StringComparison.Ordinal);
        Assert.Contains($"{SessionLifetime.AccessToken.TotalMinutes} minutes pour un jeton d'accès", periods, StringComparison.Ordinal);
        Assert.Contains($"Après {Lockout.MaxFailedAccessAttempts} mots de passe erronés, le compte est bloqué {Lockout.DefaultLockoutTimeSpan.TotalMinutes} minutes", periods, StringComparison.Ordinal);
        Assert.Contains($"Valables {LinkLifetime.TotalDays} jour.", periods, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalDataPageLinksTheExportTheCorrectionAndTheDeletionOfOnesAccount()
    {
        var page = await OpenAsync(web.Anonymous(), "/donnees-personnelles");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/compte/donnees", links);
        Assert.Contains("/compte", links);
        Assert.Contains("/compte/supprimer", links);
        Assert.Contains("/compte/courriels", links);
    }
}
