using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Inclusion;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Mediation.Grants;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Mediation;

public sealed class RecordContributionTests : ApplicationTest
{
    private MediationScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await MediationScene.CreateAsync(Host);

    [Fact]
    public async Task CountsAMediatedSupportApartFromOnlineSupports()
    {
        var citizen = await Host.NewUserAsync("Habitante connectée");
        Host.User.SignIn(citizen, null, RoleNames.Citizen);
        await Host.SendAsync(new SupportAction(_scene.ActionId));
        Host.User.SignIn(_scene.MediatorId, null, RoleNames.Citizen);

        await Host.SendAsync(_scene.Support());
        await Host.SendAsync(_scene.Support(firstName: "Marcel"));

        Assert.Equal((Online: 1, Mediated: 2, MediatedRows: 2), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task KeepsTheOrganisationTheResidentAndTheConsentVersion()
    {
        await Host.SendAsync(_scene.Support(firstName: " Jeanne ", initial: "d."));

        var saved = await Host.WithDbAsync(db => db.MediatedContributions.SingleAsync());
        Assert.Equal((_scene.FranceServices.Id, _scene.MediatorId, "Jeanne", "D", _scene.LaFleche.Id, MediationConsent.CurrentVersion),
            (saved.OrganisationId, saved.MediatorId!.Value, saved.ResidentFirstName, saved.ResidentInitial, saved.CommuneId, saved.ConsentVersion));
    }

    [Fact]
    public async Task AnonymousVisitorsMustSignIn()
    {
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(_scene.Support()));
    }

    [Theory]
    [InlineData(RoleNames.Citizen)]
    [InlineData(RoleNames.Administrator)]
    [InlineData(RoleNames.Facilitator)]
    public async Task AccountsWithoutAGrantMayNotRecord(string role)
    {
        Host.User.SignIn(await Host.NewUserAsync(), null, role);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(_scene.Support()));

        Assert.Contains("médiateur·rices", refused.Message);
        Assert.Equal((0, 0, 0), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task AMediatorMayNotRecordForAnOrganisationTheyHoldNoGrantFor()
    {
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => Host.SendAsync(_scene.Support() with { OrganisationId = _scene.TiersLieu.Id }));

        Assert.Equal("Vous n'êtes pas médiateur·rice pour cette organisation.", refused.Message);
    }

    [Fact]
    public async Task AMediatorOfSeveralOrganisationsChoosesOne()
    {
        await Host.SaveAsync(MediatorGrant.Grant(_scene.MediatorId, _scene.TiersLieu.Id, null, RoadmapBuilder.Now));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(_scene.Support()));
        await Host.SendAsync(_scene.Support() with { OrganisationId = _scene.TiersLieu.Id });

        Assert.Contains("OrganisationId", refused.Errors.Keys);
        Assert.Equal(_scene.TiersLieu.Id, await Host.WithDbAsync(db => db.MediatedContributions.Select(c => c.OrganisationId).SingleAsync()));
    }

    [Fact]
    public async Task AGrantCountsAtOnceWithoutSigningOut()
    {
        var volunteer = await Host.NewUserAsync("Bénévole");
        Host.User.SignIn(await Host.NewUserAsync("Admin"), null, RoleNames.Administrator);
        var email = await Host.WithDbAsync(db => db.Users.Where(u => u.Id == volunteer).Select(u => u.Email!).SingleAsync());
        await Host.SendAsync(new GrantMediator(_scene.TiersLieu.Id, email));
        Host.User.SignIn(volunteer, null, RoleNames.Citizen);

        await Host.SendAsync(_scene.Support());

        Assert.Equal((0, 1, 1), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task ConsentIsRequired()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(_scene.Support() with { Consent = false }));

        Assert.Equal([MediationConsent.Missing], refused.Errors["Consent"]);
    }

    [Fact]
    public async Task RefusesTheSameResidentTwiceOnAnActionWhateverTheCaseAccentsAndSpaces()
    {
        await Host.SendAsync(_scene.Support(firstName: "Jérôme"));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(_scene.Support(firstName: "  jerome ", initial: "d.", commune: "72200")));

        Assert.StartsWith("Cet·te habitant·e (même prénom, initiale, commune et tranche d'âge) soutient déjà cette action", refused.Message);
        Assert.Equal((0, 1, 1), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task AnotherAgeBracketOrCommuneIsAnotherResident()
    {
        await Host.SendAsync(_scene.Support());
        await Host.SendAsync(_scene.Support(age: null));
        await Host.SendAsync(_scene.Support(commune: "Sablé-sur-Sarthe"));

        Assert.Equal((0, 3, 3), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task AnotherMediatorCannotRecordTheSameResidentAgain()
    {
        await Host.SendAsync(_scene.Support());
        var colleague = await Host.NewUserAsync("Collègue");
        await Host.SaveAsync(MediatorGrant.Grant(colleague, _scene.TiersLieu.Id, null, RoadmapBuilder.Now));
        Host.User.SignIn(colleague, null, RoleNames.Citizen);

        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(_scene.Support()));
    }

    [Fact]
    public async Task RefusesACommentTwiceButTakesAnotherText()
    {
        await Host.SendAsync(_scene.Comment("Des permanences  le samedi."));
        await Host.SendAsync(_scene.Comment("Et le mercredi aussi."));

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(_scene.Comment("des permanences le Samedi.")));

        Assert.Equal("Ce commentaire de cet·te habitant·e est déjà enregistré sur cette action.", refused.Message);
        Assert.Equal((0, 0, 0), await _scene.CountsAsync(Host));
    }

    [Fact]
    public async Task RecordsAnIdeaForTheRoadmapWithoutAnAction()
    {
        await Host.SendAsync(_scene.Idea() with { ActionId = _scene.ActionId });

        var idea = await Host.WithDbAsync(db => db.MediatedContributions.SingleAsync());
        Assert.Equal((MediatedContributionKind.Idea, (Guid?)null, _scene.Sable.Id, "Un bus numérique dans les hameaux"), (idea.Kind, idea.ActionId, idea.CommuneId, idea.Title));
        await Assert.ThrowsAsync<ConflictException>(() => Host.SendAsync(_scene.Idea("un bus numerique dans les  hameaux")));
    }

    [Fact]
    public async Task NamesStayOnOneLineAndTextIsKeptAsWritten()
    {
        await Host.SendAsync(_scene.Comment("<script>alert(1)</script>\r\n**Merci**", firstName: "Jeanne\r\n<script>"));

        var saved = await Host.WithDbAsync(db => db.MediatedContributions.SingleAsync());
        Assert.Equal("Jeanne <script>", saved.ResidentFirstName);
        Assert.Equal("<script>alert(1)</script>\r\n**Merci**", saved.Body);
    }

    [Fact]
    public async Task RefusesATooLongFirstNameInFrench()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.SendAsync(_scene.Support(firstName: new string('é', 41))));

        Assert.Equal(["Le prénom ne doit pas dépasser 40 caractères."], refused.Errors["FirstName"]);
    }
}
