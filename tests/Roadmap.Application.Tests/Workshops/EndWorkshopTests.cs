using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.EditMinutes;
using Roadmap.Application.Workshops.EndWorkshop;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.HideIdea;
using Roadmap.Application.Workshops.Live;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Application.Workshops.PostIdea;
using Roadmap.Application.Workshops.PromoteIdea;
using Roadmap.Application.Workshops.PublishMinutes;
using Roadmap.Application.Workshops.UpvoteIdea;

namespace Roadmap.Application.Tests.Workshops;

public sealed class EndWorkshopTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host);
    }

    [Fact]
    public async Task TheMinutesTellWhatHappened()
    {
        var commune = Organisation.Create("Commune de Sillé-le-Guillaume", OrganisationKind.Commune, "72334");
        await Host.SaveAsync(commune);
        var mayor = await _scene.MemberAsync(RoleNames.ElectedOfficial, commune.Id, "Maire Lemoine");
        var deputy = await _scene.MemberAsync(RoleNames.ElectedOfficial, commune.Id, "Adjointe Roux");
        var guest = await _scene.GuestAsync("Invité Bernard");
        var poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId,
            new PollDraft(PollKind.SingleChoice, "Priorité n°1 ?", [new("Tiers-lieux", null), new("Fibre", null)], null, null, null)));
        await _scene.SendAs(mayor, new CastBallot(_scene.WorkshopId, null, poll.Id, new BallotInput([poll.Options[0].Id], null, null)));
        await _scene.SendAs(deputy, new CastBallot(_scene.WorkshopId, null, poll.Id, new BallotInput([poll.Options[0].Id], null, null)));
        await _scene.SendAs(guest, new CastBallot(_scene.WorkshopId, guest.GuestToken, poll.Id, new BallotInput([poll.Options[1].Id], null, null)));
        var kept = await _scene.SendAs(mayor, new PostIdea(_scene.WorkshopId, null, "Ouvrir un tiers-lieu à Sillé", null));
        await _scene.SendAs(deputy, new UpvoteIdea(_scene.WorkshopId, null, kept.Id));
        await _scene.SendAs(_scene.Facilitator, new PromoteIdea(_scene.WorkshopId, kept.Id, _scene.Roadmap.Axes[0].Id));
        var hidden = await _scene.SendAs(guest, new PostIdea(_scene.WorkshopId, guest.GuestToken, "Texte à masquer", null));
        await _scene.SendAs(_scene.Facilitator, new HideIdea(_scene.WorkshopId, hidden.Id, "Hors sujet"));

        await _scene.SendAs(_scene.Facilitator, new EndWorkshop(_scene.WorkshopId));

        var minutes = (await _scene.SendAs(_scene.Facilitator, new GetWorkshop(_scene.WorkshopId))).Minutes!;
        Assert.Contains("# Compte rendu : Atelier inclusion numérique", minutes, StringComparison.Ordinal);
        Assert.Contains("- **Date** : mardi 10 mars 2026, de 10h00 à 10h00", minutes, StringComparison.Ordinal);
        Assert.Contains("- **Animation** : Camille Animatrice", minutes, StringComparison.Ordinal);
        Assert.Contains("4 personnes ont participé, dont 1 invité·e sans compte.", minutes, StringComparison.Ordinal);
        Assert.Contains("| Commune de Sillé-le-Guillaume | 2 |", minutes, StringComparison.Ordinal);
        Assert.Contains("| Élu·e | 2 |", minutes, StringComparison.Ordinal);
        Assert.Contains("1. Axe : Inclusion numérique", minutes, StringComparison.Ordinal);
        Assert.Contains("2. Sujet : Questions diverses", minutes, StringComparison.Ordinal);
        Assert.Contains("### 1. Priorité n°1 ?", minutes, StringComparison.Ordinal);
        Assert.Contains("*Choix unique — 3 votant·es, dont 2 connecté·es et 1 invité·e, ouvert de", minutes, StringComparison.Ordinal);
        Assert.Contains("| Option | Voix | Part |\n", minutes, StringComparison.Ordinal);
        Assert.Contains("| Tiers-lieux | 2 | 67 % |\n", minutes, StringComparison.Ordinal);
        Assert.Contains("| Fibre | 1 | 33 % |\n", minutes, StringComparison.Ordinal);
        Assert.Contains("2 idées déposées, dont 1 masquée par l'animation.", minutes, StringComparison.Ordinal);
        Assert.Contains("- Ouvrir un tiers-lieu à Sillé — *Maire Lemoine*, 1 soutien. Devenue l'action [Ouvrir un tiers-lieu à Sillé](", minutes, StringComparison.Ordinal);
        Assert.DoesNotContain("Texte à masquer", minutes, StringComparison.Ordinal);
        Assert.Contains("## Actions proposées pendant l'atelier", minutes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingIsAcceptedAfterTheEnd()
    {
        var participant = await _scene.MemberAsync();
        await _scene.SendAs(_scene.Facilitator, new EndWorkshop(_scene.WorkshopId));

        await Assert.ThrowsAsync<DomainRuleException>(() => _scene.SendAs(participant, new PostIdea(_scene.WorkshopId, null, "Trop tard", null)));
    }

    [Fact]
    public async Task EndingClosesTheOpenPollWithItsFinalTally()
    {
        var poll = await _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, new PollDraft(PollKind.Scale, "Satisfaction ?", null, null, null, null)));
        await _scene.SendAs(await _scene.MemberAsync(), new CastBallot(_scene.WorkshopId, null, poll.Id, new BallotInput(null, null, 4)));

        await _scene.SendAs(_scene.Facilitator, new EndWorkshop(_scene.WorkshopId));

        var closed = Assert.Single(Host.Live.Payloads<PollClosedView>(LiveEvents.PollClosed));
        Assert.True(closed.Results.IsFinal);
        Assert.Equal(1, closed.Results.Ballots);
    }

    [Fact]
    public async Task PublishedMinutesAreReadByEveryone()
    {
        await _scene.SendAs(_scene.Facilitator, new EndWorkshop(_scene.WorkshopId));
        await _scene.SendAs(_scene.Facilitator, new EditMinutes(_scene.WorkshopId, "# Compte rendu\n\nMerci à toutes et tous."));
        await _scene.SendAs(_scene.Facilitator, new PublishMinutes(_scene.WorkshopId));

        Host.User.SignOut();
        var details = await Host.SendAsync(new GetWorkshop(_scene.WorkshopId));

        Assert.Contains("Merci à toutes et tous.", details.MinutesHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnpublishedMinutesAreHiddenFromParticipants()
    {
        await _scene.SendAs(_scene.Facilitator, new EndWorkshop(_scene.WorkshopId));

        Host.User.SignOut();
        var details = await Host.SendAsync(new GetWorkshop(_scene.WorkshopId));

        Assert.Null(details.Minutes);
    }
}
