using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Tests.Organisations;

/// <summary>What an administrator may change by hand on a collectivity (name, parent) and on any organisation's name.</summary>
public sealed class OrganisationEditRulesTests
{
    private static readonly Organisation Departement =
        Organisation.CreateOfficial("Sarthe", OrganisationKind.Departement, "72", null, null, null, 566_733, null);

    private static Organisation Commune() =>
        Organisation.CreateOfficial("Allonnes", OrganisationKind.Commune, "72003", "217200039", null, "72700", 10_739, null);

    [Fact]
    public void ACollectivityIsRenamedAndAttachedByHandKeepingItsOfficialData()
    {
        var commune = Commune();

        commune.Edit("Allonnes (Sarthe)", OrganisationKind.Commune, null, Departement);

        Assert.Equal("Allonnes (Sarthe)", commune.Name);
        Assert.Equal(Departement.Id, commune.ParentId);
        Assert.Equal("217200039", commune.Siren);
        Assert.Equal("72003", commune.OfficialCode);
        Assert.Equal(10_739, commune.Population);
    }

    [Fact]
    public void TheKindOfACollectivityIsNotChangedByHand()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Commune().Edit("Allonnes", OrganisationKind.Association, null, null));

        Assert.Equal("Le type d'une organisation « Commune » vient des données officielles : il ne se modifie pas à la main.", refused.Message);
    }

    [Fact]
    public void TheSirenOfACollectivityIsNotChangedByHandButMayBeRepeated()
    {
        var commune = Commune();
        commune.Edit("Allonnes", OrganisationKind.Commune, "217 200 039", null);

        var refused = Assert.Throws<DomainRuleException>(() => commune.Edit("Allonnes", OrganisationKind.Commune, "217201813", null));

        Assert.Contains("vient des données officielles", refused.Message, StringComparison.Ordinal);
        Assert.Equal("217200039", commune.Siren);
    }

    [Fact]
    public void AHandMadeOrganisationDoesNotBecomeACollectivity() =>
        Assert.Throws<DomainRuleException>(() =>
            Organisation.CreateByHand("Les Amis", OrganisationKind.Association, null, null).Edit("Les Amis", OrganisationKind.Commune, null, null));

    [Theory]
    [InlineData("Les Amis\r\ndu Loir", "Les Amis du Loir")]
    [InlineData("\tLes  Amis\u0000 ", "Les Amis")]
    [InlineData("<b>Les Amis</b> 🌳", "<b>Les Amis</b> 🌳")]
    public void ANameIsOneLine(string name, string stored)
    {
        Assert.Equal(stored, Organisation.CreateByHand(name, OrganisationKind.Association, null, null).Name);
        var commune = Commune();
        commune.Rename(name);
        Assert.Equal(stored, commune.Name);
    }

    [Fact]
    public void ANameOfControlCharactersOnlyIsMissing() =>
        Assert.Throws<DomainRuleException>(() => Organisation.CreateByHand("\r\n\t", OrganisationKind.Association, null, null));
}
