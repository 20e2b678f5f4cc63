using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Infrastructure.Persistence;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Pages;

/// <summary>What Production refuses to run without, and what it then guarantees.</summary>
public sealed class ProductionSafeguardsTests : IDisposable
{
    private readonly RoadmapWebFactory _factory = new() { Environment = "Production" };

    [Theory]
    [InlineData("DataProtection:CertificatePath")]
    [InlineData("Site:PublicUrl")]
    public void RefusesToStartWithoutTheSetting(string setting)
    {
        using var missing = _factory.WithWebHostBuilder(b => b.UseSetting(setting, ""));

        var message = StartupFailure.MessageOf(missing);

        Assert.Contains($"Le réglage {setting} est obligatoire", message, StringComparison.Ordinal);
        Assert.Contains($"The {setting} setting is required", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoresDataProtectionKeysEncryptedWithTheCertificate()
    {
        using var client = _factory.CreateClient(new() { BaseAddress = new Uri(RoadmapWebFactory.PublicUrl) });

        // A form page needs an antiforgery token, hence a key.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/compte/connexion", UriKind.Relative))).StatusCode);

        await using var scope = _factory.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<RoadmapDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task RefusesRequestsForAnotherHostByDefault()
    {
        using var client = ForgedHost.Client(_factory);

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
