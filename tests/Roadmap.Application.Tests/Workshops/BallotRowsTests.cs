using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CastBallot;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// New ballots are written set-based (<c>IRoadmapDbContext.InsertBallotsAsync</c>, stop 41): what is stored is what
/// SaveChanges stored — every column through its provider's conversion, the choices under their ballot — and a changed
/// vote still replaces it. SQLite, and PostgreSQL with ROADMAP_APPLICATION_TESTS_POSTGRES.
/// </summary>
public sealed class BallotRowsTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await WorkshopScene.StartAsync(Host);

    [Fact]
    public async Task ANewBallotIsStoredWithEveryColumnAndItsChoices()
    {
        var commune = Organisation.Create("Commune de Mamers", OrganisationKind.Commune, "72180");
        await Host.SaveAsync(commune);
        var mayor = await _scene.MemberAsync(RoleNames.ElectedOfficial, commune.Id, "Maire Provost");
        var poll = await Open(new PollDraft(PollKind.DotVoting, "Où mettre vos 5 points ?", [new("Tiers-lieux", null), new("Fibre", null), new("Médiation", null)], null, 5, null));

        await _scene.SendAs(mayor, new CastBallot(_scene.WorkshopId, null, poll.Id, new BallotInput(null, [new(poll.Options[0].Id, 3), new(poll.Options[2].Id, 2)], null)));

        var stored = await Host.WithDbAsync(db => db.Ballots.AsNoTracking().SingleAsync(b => b.PollId == poll.Id));
        Assert.Equal(mayor.Key, stored.VoterKey);
        Assert.Equal(ParticipantRole.ElectedOfficial, stored.Role);
        Assert.Equal(commune.Id, stored.OrganisationId);
        Assert.Null(stored.Score);
        Assert.Equal(Host.Clock.GetUtcNow(), stored.CastAt);
        Assert.Equal(Host.Clock.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal([new BallotChoice(poll.Options[0].Id, 3), new BallotChoice(poll.Options[2].Id, 2)], stored.Choices.OrderBy(c => c.Points).Reverse());
        var results = (await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, poll.Id))).Results;
        Assert.Equal([3, 0, 2], results.Options.Select(o => o.Points));
    }

    [Fact]
    public async Task AGuestsNoteIsStoredWithoutRoleOrChoices()
    {
        var guest = await _scene.GuestAsync("Invitée Hamon");
        var poll = await Open(new PollDraft(PollKind.Scale, "Votre avis, de 1 à 5 ?", null, null, null, null));

        await _scene.SendAs(guest, new CastBallot(_scene.WorkshopId, guest.GuestToken, poll.Id, new BallotInput(null, null, 4)));

        var stored = await Host.WithDbAsync(db => db.Ballots.AsNoTracking().SingleAsync(b => b.PollId == poll.Id));
        Assert.Null(stored.Role);
        Assert.Null(stored.OrganisationId);
        Assert.Equal(4, stored.Score);
        Assert.Empty(stored.Choices);
    }

    [Fact]
    public async Task AVoteWrittenSetBasedIsChangedLikeAnyOther()
    {
        var guest = await _scene.GuestAsync("Invité Leroy");
        var poll = await Open(new PollDraft(PollKind.MultipleChoice, "Deux priorités ?", [new("Tiers-lieux", null), new("Fibre", null), new("Médiation", null)], 2, null, null));
        await _scene.SendAs(guest, new CastBallot(_scene.WorkshopId, guest.GuestToken, poll.Id, new BallotInput([poll.Options[0].Id, poll.Options[1].Id], null, null)));

        await _scene.SendAs(guest, new CastBallot(_scene.WorkshopId, guest.GuestToken, poll.Id, new BallotInput([poll.Options[2].Id], null, null)));

        var stored = await Host.WithDbAsync(db => db.Ballots.AsNoTracking().SingleAsync(b => b.PollId == poll.Id));
        Assert.Equal([new BallotChoice(poll.Options[2].Id, 1)], stored.Choices);
        var choiceRows = await Host.WithDbAsync(db => db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM \"WorkshopBallotChoices\"").SingleAsync());
        Assert.Equal(1, choiceRows);
    }

    [Fact]
    public async Task AHundredAndFiftyNewBallotsTakeTwoStatementsPerTable()
    {
        var poll = await Open(new PollDraft(PollKind.SingleChoice, "Êtes-vous d'accord ?", [new("Oui", null), new("Non", null)], null, null, null));
        var guests = new List<Participant>();
        for (var i = 0; i < 150; i++)
        {
            guests.Add(await _scene.GuestAsync($"Invité·e {i}"));
        }

        var release = HeldBallotBatch.Hold(Host, _scene.WorkshopId, poll.Id);
        var votes = guests.Select((g, i) => Host.SendAsync(new CastBallot(_scene.WorkshopId, g.GuestToken, poll.Id, new BallotInput([poll.Options[i % 2].Id], null, null)))).ToList();
        Assert.True(SpinWait.SpinUntil(() => Host.Get<BallotBatches>().Waiting(_scene.WorkshopId, poll.Id) == 150, TimeSpan.FromSeconds(30)));
        Host.Sql.Clear();
        await release();
        await Task.WhenAll(votes);

        Assert.Equal(2, Host.Sql.Commands.Count(c => c.StartsWith("INSERT INTO \"WorkshopBallots\"", StringComparison.Ordinal)));
        Assert.Equal(2, Host.Sql.Commands.Count(c => c.StartsWith("INSERT INTO \"WorkshopBallotChoices\"", StringComparison.Ordinal)));
        var results = (await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, poll.Id))).Results;
        Assert.Equal(150, results.Ballots);
        Assert.Equal([75, 75], results.Options.Select(o => o.Votes));
    }

    private Task<PollView> Open(PollDraft draft) => _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, draft));
}
