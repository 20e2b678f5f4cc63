using System.Net;
using MediatR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Pages;

/// <summary>Outside Development: no demo data, no demo account, HSTS on.</summary>
public sealed class ProductionModeTests : IDisposable
{
    private readonly RoadmapWebFactory _factory = new() { Environment = "Production" };

    [Fact]
    public async Task NoDemoRoadmapIsSeeded()
    {
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("https://roadmap.test") });

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Aucune feuille de route", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HttpIsRedirectedToHttps()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("http://roadmap.test") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
    }

    [Fact]
    public async Task HttpsResponsesCarryHsts()
    {
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri("https://roadmap.test") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AnUnexpectedErrorShowsTheFrenchErrorPage()
    {
        using var failing = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IMediator>(_ => new FakeMediator())));
        using var client = failing.CreateClient(new() { BaseAddress = new Uri("https://roadmap.test") });

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Un problème est survenu", html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(NotSupportedException), html, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
