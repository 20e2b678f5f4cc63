using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Web.Tests.Account;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.Roadmaps.Admin;

/// <summary>/admin/feuilles-de-route/nouvelle posted as a browser without JavaScript does: the fields reach the use case.</summary>
public sealed class NewRoadmapPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task AnAdministratorCreatesARoadmapByThePage()
    {
        var owner = await app.WithDbAsync(db => db.Organisations.Where(o => o.Kind == OrganisationKind.Departement).Select(o => o.Id).FirstAsync());
        var slug = $"essai-{Guid.NewGuid():N}"[..20];
        using var client = await app.SignedInAsync(DemoFacts.Administrator);

        var response = await FormPost.SubmitAsync(client, "/admin/feuilles-de-route/nouvelle", "nouvelle-feuille-de-route", new Dictionary<string, string>
        {
            ["Input.OwnerOrganisationId"] = owner.ToString(),
            ["Input.Title"] = "Feuille de route d'essai",
            ["Input.Slug"] = slug,
        });

        Assert.Equal($"/feuilles-de-route/{slug}/gestion", AccountTestSteps.Location(response));
        Assert.True(await app.WithDbAsync(db => db.Roadmaps.AnyAsync(r => r.Slug == slug && r.OwnerOrganisationId == owner)));
    }
}
