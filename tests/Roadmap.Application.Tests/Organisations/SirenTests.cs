using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Tests.Organisations;

public sealed class SirenTests
{
    [Theory]
    [InlineData("217201813")] // Le Mans
    [InlineData("200040715")] // an EPCI
    [InlineData("443061841")]
    public void ValidSirenPassesTheLuhnKey(string siren) => Assert.True(Siren.IsValid(siren));

    [Theory]
    [InlineData("217201814")]
    [InlineData("12345678")]
    [InlineData("1234567890")]
    [InlineData("21720181A")]
    [InlineData("")]
    [InlineData(null)]
    public void InvalidSirenIsRefused(string? siren) => Assert.False(Siren.IsValid(siren));

    [Fact]
    public void HandMadeOrganisationWithWrongKeyIsRefusedInFrench()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Organisation.CreateByHand("Les Amis", OrganisationKind.Association, "217 201 814", null));

        Assert.Equal("Le SIREN « 217201814 » n'est pas valide (clé de contrôle).", refused.Message);
    }

    [Fact]
    public void SirenIsStoredWithoutSpaces() =>
        Assert.Equal("217201813", Organisation.CreateByHand("Les Amis", OrganisationKind.Association, " 217 201 813 ", null).Siren);

    [Fact]
    public void CollectivitiesAreNotMadeByHand() =>
        Assert.Throws<DomainRuleException>(() => Organisation.CreateByHand("Commune", OrganisationKind.Commune, null, null));

    [Fact]
    public void AnOrganisationCannotBeItsOwnParent()
    {
        var organisation = Organisation.CreateByHand("Les Amis", OrganisationKind.Association, null, null);

        Assert.Throws<DomainRuleException>(() => organisation.Edit("Les Amis", OrganisationKind.Association, null, organisation));
    }
}
