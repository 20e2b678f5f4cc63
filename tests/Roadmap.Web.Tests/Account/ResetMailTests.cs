using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Tests.Hubs.Support;
using Roadmap.Web.Tests.Support;
using static Roadmap.Web.Tests.Account.AccountTestSteps;

namespace Roadmap.Web.Tests.Account;

/// <summary>Development's reset mail: a file a developer can open, and nothing secret in the log.</summary>
public sealed partial class ResetMailTests(MailFileWebApp app) : IClassFixture<MailFileWebApp>
{
    [Fact]
    public async Task ResetLinkIsWrittenToAMailFileAndNeverLogged()
    {
        var email = DemoRoom.Email(RoleNames.Citizen);
        using var client = ForgedHost.Client(app.App);

        var response = await AskForResetLinkAsync(client, email);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(app.MailFolder, "*.eml")));
        Assert.Contains($"To: <{email}>", mail, StringComparison.Ordinal);
        var link = ResetLink().Match(mail).Value;
        Assert.StartsWith($"{RoadmapWebFactory.PublicUrl}/compte/reinitialiser?code=", link, StringComparison.Ordinal);
        var code = QueryHelpers.ParseQuery(new Uri(link).Query)["code"].ToString();
        var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        Assert.Contains(app.Logs.Records, r => r.Contains("A mail was written to", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Records, r => r.Contains(code, StringComparison.Ordinal) || r.Contains(token, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+/compte/reinitialiser\?\S+")]
    private static partial Regex ResetLink();
}
