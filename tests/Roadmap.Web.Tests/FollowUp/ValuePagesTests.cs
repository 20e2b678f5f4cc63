using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.FollowUp;

public sealed class ValuePagesTests(ValuesWebApp app) : IClassFixture<ValuesWebApp>
{
    [Fact]
    public async Task AValueThatIsNotANumberIsShownBesideItsField()
    {
        var (slug, actionId, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.SignedInAsync(pilot, WebApp.Password);
        var url = $"/feuilles-de-route/{slug}/actions/{actionId}/indicateurs";

        using var response = await FormPost.SubmitAsync(client, url, $"mesure-{indicatorId:N}",
            new Dictionary<string, string> { ["Input.MeasuredOn"] = "2021-03-31", ["Input.Value"] = "<script>douze</script>" });

        var page = await FormPost.ReadAsync(response);
        Assert.Equal("La valeur doit être un nombre, par exemple 1 234,5.", page.GetElementById($"valeur-{indicatorId:N}-erreur")?.TextContent);
        Assert.Equal("true", page.GetElementById($"valeur-{indicatorId:N}")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task APilotAddsAMeasureFromThePage()
    {
        var (slug, actionId, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.SignedInAsync(pilot, WebApp.Password);
        var url = $"/feuilles-de-route/{slug}/actions/{actionId}/indicateurs";

        using var response = await FormPost.SubmitAsync(client, url, $"mesure-{indicatorId:N}",
            new Dictionary<string, string> { ["Input.MeasuredOn"] = "2021-04-30", ["Input.Value"] = "1 234,5", ["Input.Source"] = "Comptage" });

        var page = await FormPost.GetPageAsync(client, $"{url}?statut=mesure");
        Assert.Contains("La mesure est enregistrée.", page.QuerySelector("[role=status]")?.TextContent);
        Assert.Contains(page.QuerySelectorAll("tbody th"), th => th.TextContent == "30 avril 2021");
    }

    [Fact]
    public async Task AVisitorSeesTheValuesWithoutTheForms()
    {
        var (slug, actionId, _, _) = await app.FollowedAsync();

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/feuilles-de-route/{slug}/actions/{actionId}/indicateurs");

        Assert.NotNull(page.QuerySelector("h1"));
        Assert.DoesNotContain(page.QuerySelectorAll("input[name=_handler]"), i => i.GetAttribute("value")?.StartsWith("mesure-", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task TheImportPagePreviewsTheLinesAndTheirErrors()
    {
        var (slug, _, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.SignedInAsync(pilot, WebApp.Password);
        var url = $"/feuilles-de-route/{slug}/suivi/import";

        var bad = await UploadAsync(client, url, $"indicateur,date,valeur\n{indicatorId},2020-01-31,douze\n");
        Assert.Equal("Ligne 2 : la valeur « douze » n'est pas un nombre.", bad.QuerySelector("#erreurs-lignes li")?.TextContent);
        Assert.Null(Confirmation(bad));

        var good = await UploadAsync(client, url, $"indicateur;date;valeur\n{indicatorId};31/01/2020;12\n{indicatorId};29/02/2020;13\n");
        Assert.NotNull(Confirmation(good));
    }

    [Fact]
    public async Task ConfirmingThePreviewRecordsEveryLineOnce()
    {
        var (slug, actionId, indicatorId, pilot) = await app.FollowedAsync();
        var client = await app.SignedInAsync(pilot, WebApp.Password);
        var url = $"/feuilles-de-route/{slug}/suivi/import";
        var preview = await UploadAsync(client, url, $"indicateur;date;valeur;source\r\n{indicatorId};31/05/2020;12;Rapport « été »\r\n{indicatorId};30/06/2020;13,5;\r\n");

        using var confirmed = await PostFormAsync(client, url, Confirmation(preview)!);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.EndsWith("?importees=2", confirmed.Headers.Location?.OriginalString, StringComparison.Ordinal);

        using var again = await PostFormAsync(client, url, Confirmation(preview)!);
        var refused = await FormPost.ReadAsync(again);
        Assert.Contains("Rien n'a été enregistré.", refused.QuerySelector("[role=status]")?.TextContent);

        var indicators = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{slug}/actions/{actionId}/indicateurs");
        Assert.Contains(indicators.QuerySelectorAll("tbody th"), th => th.TextContent == "31 mai 2020");
        Assert.Contains(indicators.QuerySelectorAll("tbody th"), th => th.TextContent == "30 juin 2020");
        Assert.Contains("Rapport « été »", indicators.Body!.TextContent);
    }

    [Fact]
    public async Task ACitizenIsToldWhyTheyCannotImport()
    {
        var citizen = await app.NewAccountAsync();
        var client = await app.SignedInAsync(citizen.Email!, WebApp.Password);

        var page = await FormPost.GetPageAsync(client, $"/feuilles-de-route/{DemoFacts.Sarthe}/suivi/import");

        Assert.Contains("Seuls les pilotes d'actions de cette feuille de route et ses gestionnaires peuvent importer des valeurs.", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("input[type=file]"));
    }

    private static AngleSharp.Dom.IElement? Confirmation(IHtmlDocument page) =>
        page.QuerySelectorAll("form").SingleOrDefault(f => f.QuerySelector("input[name=_handler]")?.GetAttribute("value") == "confirmer-import");

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, AngleSharp.Dom.IElement form)
    {
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        return await client.PostAsync(url, content);
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, string url, string csv)
    {
        var page = await FormPost.GetPageAsync(client, url);
        var form = page.QuerySelectorAll("form").Single(f => f.QuerySelector("input[name=_handler]")?.GetAttribute("value") == "apercu-import");
        using var content = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]"))
        {
            content.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Fichier", "valeurs.csv");
        using var response = await client.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FormPost.ReadAsync(response);
    }
}
