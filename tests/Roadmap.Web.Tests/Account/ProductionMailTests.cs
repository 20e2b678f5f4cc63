using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Application.Domain.Users;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Account;

/// <summary>Production before SMTP exists (issue 12): the forgotten-password page says whom to write to and makes no token.</summary>
public sealed class ProductionMailTests : IDisposable
{
    private const string Contact = "support@roadmap.test";

    private readonly RoadmapWebFactory _root = new() { Environment = "Production" };
    private readonly TokenCount _tokens = new();
    private readonly WebApplicationFactory<Program> _app;

    public ProductionMailTests()
    {
        _app = _root.WithWebHostBuilder(b => b
            .UseSetting("Site:ContactEmail", Contact)
            .ConfigureTestServices(s => s
                .AddSingleton(_tokens)
                .AddScoped<DataProtectorTokenProvider<ApplicationUser>, CountingTokenProvider>()));
    }

    [Fact]
    public async Task ForgotPasswordSaysMailCannotBeSentAndWhomToContact()
    {
        using var client = Client();

        var page = await FormPost.GetPageAsync(client, "/compte/mot-de-passe-oublie");

        Assert.Contains("ne peut pas envoyer de courriel", AccountTestSteps.Text(page, "[role=status]"), StringComparison.Ordinal);
        Assert.Equal($"mailto:{Contact}", page.QuerySelector("[role=status] a")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("input[name='Input.Email']"));
    }

    [Fact]
    public async Task ForgedResetRequestMakesNoToken()
    {
        using var client = Client();
        var email = (await WebApp.NewAccountAsync(_app, role: null)).Email!;
        var login = await FormPost.GetPageAsync(client, "/compte/connexion");
        var fields = HiddenFields(login);
        fields["_handler"] = "mot-de-passe-oublie";
        fields["Input.Email"] = email;

        var response = await client.PostAsync("/compte/mot-de-passe-oublie", new FormUrlEncodedContent(fields));

        Assert.NotEqual(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(0, _tokens.Value);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().OutboxMails.AnyAsync(m => m.ToAddress == email));
    }

    public void Dispose()
    {
        _app.Dispose();
        _root.Dispose();
    }

    private HttpClient Client() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(RoadmapWebFactory.PublicUrl), AllowAutoRedirect = false, HandleCookies = true });

    private static Dictionary<string, string> HiddenFields(IHtmlDocument page) =>
        page.QuerySelectorAll("form input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.GetAttribute("name")))
            .GroupBy(i => i.GetAttribute("name")!)
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
}
