using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Organisations;

/// <summary>A fixture of its own: the Sarthe is imported once (hundreds of organisations other tests do not expect).</summary>
public sealed class OrganisationPagesApp : WebApp
{
    private readonly Lazy<Task> _sarthe;

    public OrganisationPagesApp() => _sarthe = new Lazy<Task>(ImportSartheAsync);

    public Task SartheAsync() => _sarthe.Value;

    private async Task ImportSartheAsync()
    {
        using var admin = await BearerAsync(DemoFacts.Administrator);
        var response = await admin.PostAsync("/api/v1/admin/territories/72/import", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>/admin/organisations, its create / edit form and the list of /admin/territoires, as a browser without JavaScript uses them.</summary>
public sealed class OrganisationPagesTests(OrganisationPagesApp app) : IClassFixture<OrganisationPagesApp>
{
    private const string Search = "/admin/organisations";
    private const string New = "/admin/organisations/nouvelle";
    private const string Form = "organisation";

    public static TheoryData<string> Pages => new() { Search, New, "/admin/organisations/{id}", "/admin/territoires" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AnonymousIsSentToSignIn(string path)
    {
        var response = await app.Anonymous().GetAsync(await PathAsync(path));

        Assert.StartsWith("/compte/connexion", AccountTestSteps.Location(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoleNames.Citizen, null)]
    [InlineData(RoleNames.ElectedOfficial, null)]
    [InlineData(RoleNames.Actor, null)]
    [InlineData(RoleNames.Facilitator, null)]
    [InlineData(RoleNames.Citizen, "Facilitator")]
    [InlineData(RoleNames.Citizen, "Manager")]
    public async Task EveryoneButAnAdministratorIsRefused(string role, string? teamRole)
    {
        var account = await app.NewAccountAsync(role);
        if (teamRole is not null)
        {
            using var admin = await app.BearerAsync(DemoFacts.Administrator);
            var granted = await admin.PutAsJsonAsync($"/api/v1/admin/roadmaps/{DemoFacts.Sarthe}/team/{account.Id}", new { role = teamRole });
            Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);
        }

        using var client = await app.SignedInAsync(account.Email!, WebApp.Password);
        foreach (var path in Pages)
        {
            var response = await client.GetAsync(await PathAsync(path));

            Assert.StartsWith("/compte/acces-refuse", AccountTestSteps.Location(response), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task AnAdministratorOpensEachPage(string path)
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await client.GetAsync(await PathAsync(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(1, HtmlAssertions.CountH1(html));
        var page = await FormPost.ReadAsync(response);
        Assert.NotNull(page.QuerySelector("nav.breadcrumb [aria-current=page]"));
        Assert.All(page.QuerySelectorAll("input:not([type=hidden]), select, textarea"),
            field => Assert.NotNull(page.QuerySelector($"label[for='{field.Id}']")));
    }

    [Fact]
    public async Task TheAccountPageLinksTheOrganisationsAndTerritoriesForAnAdministrator()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var page = await FormPost.GetPageAsync(client, "/compte");

        Assert.NotNull(page.QuerySelector($"a[href='{Search}']"));
        Assert.NotNull(page.QuerySelector("a[href='/admin/territoires']"));
    }

    [Fact]
    public async Task AnAdministratorCreatesAnOrganisationAndComesBackToItWithAConfirmation()
    {
        var parent = await app.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Departement && o.OfficialCode == "72"));
        var name = $"Tiers-lieu de l’Écluse {Guid.NewGuid():N}";
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, New, Form, Fields(name, "TiersLieu", "443 061 841", parent.Id));

        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.Equal($"/admin/organisations/{organisation.Id}?statut=creee", AccountTestSteps.Location(response));
        Assert.Equal(OrganisationKind.TiersLieu, organisation.Kind);
        Assert.Equal("443061841", organisation.Siren);
        Assert.Equal(parent.Id, organisation.ParentId);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "organisation.created" && e.Subject.Contains(name))));
        var page = await FormPost.GetPageAsync(client, AccountTestSteps.Location(response));
        Assert.Equal("L'organisation est créée.", AccountTestSteps.Text(page, "[role=status] .alert-success"));
        Assert.Equal(name, page.QuerySelector("#nom")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnAdministratorEditsAnOrganisationByThePage()
    {
        var id = await CreateAsync($"Les Amis du Loir {Guid.NewGuid():N}");
        var name = $"Les Amis du Loir et du Braye {Guid.NewGuid():N}";
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, $"{Search}/{id}", Form, Fields(name, "Entreprise", "", null));

        Assert.Equal($"/admin/organisations/{id}?statut=enregistree", AccountTestSteps.Location(response));
        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == id));
        Assert.Equal(name, organisation.Name);
        Assert.Equal(OrganisationKind.Entreprise, organisation.Kind);
        Assert.Null(organisation.Siren);
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "organisation.edited" && e.Subject.Contains(name))));
        var page = await FormPost.GetPageAsync(client, AccountTestSteps.Location(response));
        Assert.Equal("Les modifications sont enregistrées.", AccountTestSteps.Text(page, "[role=status] .alert-success"));
    }

    [Fact]
    public async Task ASirenWithAWrongKeyIsRefusedInFrenchBesideTheFieldAndNothingIsSaved()
    {
        var name = $"Association à clé fausse {Guid.NewGuid():N}";
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, New, Form, Fields(name, "Association", "217 201 814", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormPost.ReadAsync(response);
        Assert.Equal("Le SIREN « 217201814 » n'est pas valide (clé de contrôle).", AccountTestSteps.Text(page, "#siren-erreur"));
        Assert.Equal("true", page.QuerySelector("#siren")!.GetAttribute("aria-invalid"));
        Assert.Contains("siren-erreur", page.QuerySelector("#siren")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("217 201 814", page.QuerySelector("#siren")!.GetAttribute("value"));
        Assert.Equal(name, page.QuerySelector("#nom")!.GetAttribute("value"));
        Assert.StartsWith("Erreur", HtmlAssertions.Title(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task AHugeNameIsRefusedInFrenchAndNothingIsSaved()
    {
        var name = new string('é', Organisation.NameMaxLength + 1);
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, New, Form, Fields(name, "Association", "", null));

        var page = await FormPost.ReadAsync(response);
        Assert.Equal($"Le nom ne doit pas dépasser {Organisation.NameMaxLength} caractères.", AccountTestSteps.Text(page, "#nom-erreur"));
        Assert.False(await app.WithDbAsync(db => db.Organisations.AnyAsync(o => o.Name.StartsWith("ééééé"))));
    }

    [Fact]
    public async Task AnEmptyNameIsRefusedInFrench()
    {
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, New, Form, Fields(" \r\n ", "Association", "", null));

        Assert.Equal("Indiquez le nom de l'organisation.", AccountTestSteps.Text(await FormPost.ReadAsync(response), "#nom-erreur"));
    }

    [Fact]
    public async Task LineBreaksAndScriptInANameAreSavedOnOneLineAndShownEncoded()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, New, Form, Fields($"<script>alert('{marker}')</script>\r\nLes Amis\tdu 🌳", "Association", "", null));

        var organisation = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name.Contains(marker)));
        Assert.Equal($"<script>alert('{marker}')</script> Les Amis du 🌳", organisation.Name);
        var html = await (await client.GetAsync(AccountTestSteps.Location(response))).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"<script>alert('{marker}')", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var list = await client.GetStringAsync($"{Search}?q={marker}");
        Assert.DoesNotContain($"<script>alert('{marker}')", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADoubleSubmitOfTheCreationFormCreatesOneOrganisation()
    {
        var name = $"Fablab double {Guid.NewGuid():N}";
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        var form = await FormFieldsAsync(client, New);
        foreach (var (field, value) in Fields(name, "TiersLieu", "", null))
        {
            form[field] = value;
        }

        var first = await client.PostAsync(New, new FormUrlEncodedContent(form));
        var second = await client.PostAsync(New, new FormUrlEncodedContent(form));

        Assert.StartsWith("/admin/organisations/", AccountTestSteps.Location(first), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await FormPost.ReadAsync(second);
        Assert.Contains($"Une organisation « {name} » existe déjà", AccountTestSteps.Text(page, "[role=status] .alert"), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Name == name)));
    }

    [Fact]
    public async Task AnImportedCommuneIsRenamedAndReattachedByThePageAndTheNextImportRestoresItsOfficialName()
    {
        await app.SartheAsync();
        var commune = await app.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Commune && o.OfficialCode == "72003"));
        var departement = await app.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.Departement && o.OfficialCode == "72"));
        using var client = await app.SignedInAsync(DemoFacts.Administrator);
        var before = await FormPost.GetPageAsync(client, $"{Search}/{commune.Id}");
        Assert.Contains("le prochain import du territoire le remplacera", AccountTestSteps.Text(before, "#nom-aide"), StringComparison.Ordinal);
        Assert.Equal("nom-aide", before.QuerySelector("#nom")!.GetAttribute("aria-describedby"));
        Assert.Contains("72003", before.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("#type"));
        Assert.Null(before.QuerySelector("#siren"));

        var response = await FormPost.SubmitAsync(client, $"{Search}/{commune.Id}", Form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Allonnes (Sarthe)",
            ["Input.ParentId"] = departement.Id.ToString(),
        });

        Assert.Equal($"/admin/organisations/{commune.Id}?statut=enregistree", AccountTestSteps.Location(response));
        var renamed = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == commune.Id));
        Assert.Equal("Allonnes (Sarthe)", renamed.Name);
        Assert.Equal(OrganisationKind.Commune, renamed.Kind);
        Assert.Equal(commune.Siren, renamed.Siren);
        Assert.Equal(departement.Id, renamed.ParentId);

        using var admin = await app.BearerAsync(DemoFacts.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/admin/territories/72/import", null)).StatusCode);
        var reimported = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == commune.Id));
        Assert.Equal("Allonnes", reimported.Name);
        Assert.Equal(departement.Id, reimported.ParentId);
    }

    [Fact]
    public async Task TheSearchFindsByNameIgnoringAccentsByPostcodeAndByInseeCode()
    {
        await app.SartheAsync();
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        Assert.Contains("Sablé-sur-Sarthe", await RowNamesAsync(client, "?q=SABLE+sur+sarthe"));
        Assert.Contains("Le Mans", await RowNamesAsync(client, "?q=72000"));
        Assert.Contains("Le Mans", await RowNamesAsync(client, "?q=72181"));
        Assert.Contains("Le Mans", await RowNamesAsync(client, "?q=217201813"));
        Assert.DoesNotContain("Le Mans", await RowNamesAsync(client, "?q=7200"));
        var epcis = await RowNamesAsync(client, "?q=sarthe&type=Epci");
        Assert.Contains("CC Haute Sarthe Alpes Mancelles", epcis);
        Assert.Contains("CC du Val de Sarthe", epcis);
        Assert.DoesNotContain("Sablé-sur-Sarthe", epcis);
    }

    [Fact]
    public async Task TheSearchFiltersByParentAndPagesFiftyAtATime()
    {
        await app.SartheAsync();
        var communes = await app.WithDbAsync(db => db.Organisations.CountAsync(o => o.Kind == OrganisationKind.Commune));
        var lastPage = (communes + 49) / 50;
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var first = await FormPost.GetPageAsync(client, $"{Search}?type=Commune");
        var last = await FormPost.GetPageAsync(client, $"{Search}?type=Commune&page={lastPage}");

        Assert.True(communes >= 352);
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(communes - (50 * (lastPage - 1)), last.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("/admin/organisations?type=Commune&page=2", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Contains($"page {lastPage} sur {lastPage}", AccountTestSteps.Text(last, "caption"), StringComparison.Ordinal);
        Assert.All(first.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(first.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));

        var alencon = await app.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Siren == "246100663"));
        var underAlencon = await RowNamesAsync(client, $"?parent={alencon.Id}");
        Assert.Equal(5, underAlencon.Count);
        Assert.Contains("Saint-Paterne - Le Chevain", underAlencon);
    }

    [Fact]
    public async Task TheTerritoriesPageListsTheSartheWithItsCounts()
    {
        await app.SartheAsync();
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var page = await FormPost.GetPageAsync(client, "/admin/territoires");

        var row = page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("(72)", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => Digits(c.TextContent)).ToList();
        Assert.Equal(["352", "17", "566733"], cells.Take(3));
        Assert.DoesNotContain("non enregistré", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope"));
    }

    private static string Digits(string text) => new([.. text.Where(char.IsAsciiDigit)]);

    private static Dictionary<string, string> Fields(string name, string kind, string siren, Guid? parentId) => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind,
        ["Input.Siren"] = siren,
        ["Input.ParentId"] = parentId?.ToString() ?? "",
    };

    private async Task<string> PathAsync(string path) =>
        path.Contains("{id}", StringComparison.Ordinal) ? path.Replace("{id}", (await CreateAsync($"Page {Guid.NewGuid():N}")).ToString(), StringComparison.Ordinal) : path;

    private async Task<Guid> CreateAsync(string name)
    {
        using var admin = await app.BearerAsync(DemoFacts.Administrator);
        var created = await admin.PostAsJsonAsync("/api/v1/admin/organisations", new { name, kind = "Association" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string url)
    {
        var page = await FormPost.GetPageAsync(client, url);
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelectorAll("input[name=_handler]").Any(i => i.GetAttribute("value") == Form));
        return form.QuerySelectorAll("input[type=hidden]").Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    private static async Task<List<string>> RowNamesAsync(HttpClient client, string query)
    {
        IHtmlDocument page = await FormPost.GetPageAsync(client, Search + query);
        return [.. page.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim())];
    }
}
