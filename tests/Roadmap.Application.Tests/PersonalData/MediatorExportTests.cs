using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.PersonalData.ExportMyData;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Mediation;

namespace Roadmap.Application.Tests.PersonalData;

/// <summary>A mediator's export holds the organisations they mediate for and what they recorded for residents (decision 033).</summary>
public sealed class MediatorExportTests : ApplicationTest
{
    private MediationScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await MediationScene.CreateAsync(Host);

    [Fact]
    public async Task ExportListsTheOrganisationsTheMediatorMediatesFor()
    {
        var export = await Host.SendAsync(new ExportMyData());

        var grant = Assert.Single(export.Mediation.Grants);
        Assert.Equal((_scene.FranceServices.Id, "France Services de La Flèche"), (grant.OrganisationId, grant.OrganisationName));
    }

    [Fact]
    public async Task ExportListsEveryEntryTheMediatorRecordedWithItsResident()
    {
        await Host.SendAsync(_scene.Support());
        await Host.SendAsync(_scene.Comment("Des permanences le samedi."));

        var recorded = (await Host.SendAsync(new ExportMyData())).Mediation.RecordedContributions;

        Assert.Equal([MediatedContributionKind.Support, MediatedContributionKind.Comment], recorded.Select(c => c.Kind).Order());
        var comment = recorded.Single(c => c.Kind == MediatedContributionKind.Comment);
        Assert.Equal(("Des permanences le samedi.", "Jeanne", "D", "La Flèche", "France Services de La Flèche", MediationConsent.CurrentVersion),
            (comment.Body, comment.ResidentFirstName, comment.ResidentInitial, comment.ResidentCommune, comment.CollectedBy, comment.ConsentVersion));
    }

    [Fact]
    public async Task ExportLeavesOutWhatAnotherMediatorRecorded()
    {
        await Host.SendAsync(_scene.Support());
        var colleague = await Host.NewUserAsync("Collègue de France Services");
        await Host.SaveAsync(MediatorGrant.Grant(colleague, _scene.FranceServices.Id, null, RoadmapBuilder.Now));
        Host.User.SignIn(colleague, null, RoleNames.Citizen);

        var export = await Host.SendAsync(new ExportMyData());

        Assert.Empty(export.Mediation.RecordedContributions);
        Assert.Single(export.Mediation.Grants);
    }
}
