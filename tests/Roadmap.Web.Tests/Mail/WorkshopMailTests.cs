using System.Net;
using MimeKit;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Mail;

/// <summary>Workshops by mail, from the pages to a real SMTP server: invitation, cancellation, minutes.</summary>
public sealed class WorkshopMailTests(WorkshopMailWebApp app) : IClassFixture<WorkshopMailWebApp>
{
    [Fact]
    public async Task RegisteringOnThePageMailsTheInvitationWithItsCalendar()
    {
        var workshop = await app.ScheduleAsync("Atelier tiers-lieux");
        var (client, address) = await PersonAsync();

        var response = await FormPost.SubmitAsync(client, $"/ateliers/{workshop.Id}", "inscription-atelier", new Dictionary<string, string>());

        Assert.Equal($"/ateliers/{workshop.Id}?statut=inscrit", AccountTestSteps.Location(response));
        var mail = (await app.Smtp.WaitForAsync(m => IsTo(m, address))).Single();
        Assert.Equal("Invitation : Atelier tiers-lieux", mail.Subject);
        var calendar = Calendar(mail, "REQUEST");
        Assert.Contains("METHOD:REQUEST", calendar, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{workshop.StartsAt.UtcDateTime:yyyyMMdd'T'HHmmss}Z", calendar, StringComparison.Ordinal);
        var page = await FormPost.GetPageAsync(client, $"/ateliers/{workshop.Id}");
        Assert.Contains("Vous êtes inscrit·e.", page.QuerySelector("#inscription-titre")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingTheWorkshopMailsACancellationToTheRegistered()
    {
        var workshop = await app.ScheduleAsync("Atelier annulé par mail");
        var (client, address) = await PersonAsync();
        await FormPost.SubmitAsync(client, $"/ateliers/{workshop.Id}", "inscription-atelier", new Dictionary<string, string>());

        await FormPost.SubmitAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{workshop.Id}/annuler", "annuler-atelier",
            new Dictionary<string, string> { ["Reason"] = "Salle inondée" });

        var mail = (await app.Smtp.WaitForAsync(m => IsTo(m, address) && (m.Subject ?? "").StartsWith("Atelier annulé", StringComparison.Ordinal))).Single();
        var calendar = Calendar(mail, "CANCEL");
        Assert.Contains("METHOD:CANCEL", calendar, StringComparison.Ordinal);
        Assert.Contains("STATUS:CANCELLED", calendar, StringComparison.Ordinal);
        Assert.Contains("Salle inondée", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishingTheMinutesMailsTheirLink()
    {
        var workshop = await app.ScheduleAsync("Atelier au compte rendu");
        var (client, address) = await PersonAsync();
        await FormPost.SubmitAsync(client, $"/ateliers/{workshop.Id}", "inscription-atelier", new Dictionary<string, string>());
        await app.CloseAsync(workshop.Id);

        await FormPost.SubmitAsync(await app.SignedInAsync(DemoFacts.Facilitator), $"/ateliers/{workshop.Id}/compte-rendu", "compte-rendu",
            new Dictionary<string, string> { ["Minutes"] = "Une idée **forte**.", ["Command"] = "publier" });

        var mail = (await app.Smtp.WaitForAsync(m => IsTo(m, address) && (m.Subject ?? "").StartsWith("Compte rendu", StringComparison.Ordinal))).Single();
        Assert.Contains($"{RoadmapWebFactory.PublicUrl}/ateliers/{workshop.Id}#compte-rendu-titre", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATitleWithLineBreaksAndMarkupCannotInjectAHeaderNorAnElement()
    {
        var workshop = await app.ScheduleAsync("Atelier\r\nBcc: pirate@exemple.fr\r\n<script>alert(1)</script>");
        var (client, address) = await PersonAsync();

        await FormPost.SubmitAsync(client, $"/ateliers/{workshop.Id}", "inscription-atelier", new Dictionary<string, string>());

        var mail = (await app.Smtp.WaitForAsync(m => IsTo(m, address))).Single();
        Assert.Equal("Invitation : Atelier Bcc: pirate@exemple.fr <script>alert(1)</script>", mail.Subject);
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", mail.HtmlBody, StringComparison.Ordinal);
        var calendar = Calendar(mail, "REQUEST");
        Assert.Contains(@"SUMMARY:Atelier\nBcc: pirate@exemple.fr\n<script>alert(1)</script>", calendar.Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nBcc:", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiRegistersOnceAndRefusesAnonymousCallers()
    {
        var workshop = await app.ScheduleAsync("Atelier par l'API");
        var account = await app.NewAccountAsync(RoleNames.Citizen, displayName: "Camille Api");
        var bearer = await app.BearerAsync(account.Email!, WebApp.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync($"/api/v1/workshops/{workshop.Id}/registration", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync($"/api/v1/workshops/{workshop.Id}/registration", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().PostAsync($"/api/v1/workshops/{workshop.Id}/registration", null)).StatusCode);

        await app.Smtp.WaitForAsync(m => IsTo(m, account.Email!));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(app.Smtp.To(account.Email!));
        Assert.Equal(HttpStatusCode.NoContent, (await bearer.DeleteAsync($"/api/v1/workshops/{workshop.Id}/registration")).StatusCode);
    }

    [Fact]
    public async Task AnonymousVisitorsAreAskedToSignInToRegister()
    {
        var workshop = await app.ScheduleAsync("Atelier ouvert");

        var page = await FormPost.GetPageAsync(app.Anonymous(), $"/ateliers/{workshop.Id}");

        Assert.Equal("Connectez-vous pour vous inscrire", page.QuerySelector(".registration a")!.TextContent);
        Assert.Null(page.QuerySelector("form input[value=inscription-atelier]"));
    }

    private async Task<(HttpClient Client, string Address)> PersonAsync()
    {
        var account = await app.NewAccountAsync(RoleNames.Citizen, displayName: "Camille Martin");
        return (await app.SignedInAsync(account.Email!, WebApp.Password), account.Email!);
    }

    private static bool IsTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase));

    /// <summary>The text/calendar attachment, checked to carry <paramref name="method"/> in its MIME type too.</summary>
    private static string Calendar(MimeMessage mail, string method)
    {
        var part = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        Assert.Equal(method, part.ContentType.Parameters["method"]);
        Assert.NotNull(part.Content);
        using var stream = new MemoryStream();
        part.Content.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
