using System.Net;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Account;

/// <summary>Development's reset mail: a file a developer can open, and nothing secret in the log.</summary>
public sealed class ResetMailTests(MailFileWebApp app) : IClassFixture<MailFileWebApp>
{
    [Fact]
    public async Task ResetLinkIsWrittenToAMailFileAndNeverLogged()
    {
        var email = DemoRoom.Email(RoleNames.Citizen);
        using var client = ForgedHost.Client(app.App);

        var response = await AskForResetLinkAsync(client, email);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var mail = await LoadWhenWrittenAsync(await WaitForMailFileAsync());
        Assert.Equal(email, mail.To.Mailboxes.Single().Address);
        var link = MailLinks.Find(mail.TextBody, "/compte/reinitialiser?");
        Assert.StartsWith($"{RoadmapWebFactory.PublicUrl}/compte/reinitialiser?code=", link, StringComparison.Ordinal);
        var code = QueryHelpers.ParseQuery(new Uri(link).Query)["code"].ToString();
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        Assert.DoesNotContain(app.Logs.Records, r => r.Contains(code, StringComparison.Ordinal) || r.Contains(token, StringComparison.Ordinal));
    }

    // The worker may still be writing the file.
    private static async Task<MimeMessage> LoadWhenWrittenAsync(string file)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await MimeMessage.LoadAsync(file);
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    // The outbox worker writes the file shortly after the request's commit.
    private async Task<string> WaitForMailFileAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var files = Directory.Exists(app.MailFolder) ? Directory.GetFiles(app.MailFolder, "*.eml") : [];
            if (files.Length > 0 || DateTime.UtcNow > until)
            {
                return Assert.Single(files);
            }

            await Task.Delay(100);
        }
    }
}
