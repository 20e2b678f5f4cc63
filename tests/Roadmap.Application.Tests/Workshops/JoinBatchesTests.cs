using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Security;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.JoinWorkshop;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>
/// The arrivals of the moment entered together (issue 14, decision 044). The room's batch is held open by the test (a
/// first batch that waits for it), so the people sent meanwhile are, by construction, the next batch.
/// </summary>
public sealed class JoinBatchesTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await WorkshopScene.StartAsync(Host);

    [Fact]
    public async Task ArrivalsOfTheMomentShareOneWriteAndEachEntersAsThemselves()
    {
        var returning = await _scene.GuestAsync("Invitée revenante");
        var official = await _scene.NewPersonAsync("Élue Durand", null, RoleNames.ElectedOfficial);
        Host.User.SignOut();

        var release = Hold();
        Host.Sql.Clear();
        var first = Host.SendAsync(new JoinWorkshop(_scene.JoinCode, "Nouvelle Une", null));
        var second = Host.SendAsync(new JoinWorkshop(_scene.JoinCode, "Nouveau Deux", null));
        var back = Host.SendAsync(new JoinWorkshop(_scene.JoinCode, "Invitée revenante", returning.GuestToken));
        var laptop = Host.SendAsAsync(Speaking(official), new JoinWorkshop(_scene.JoinCode, null, null));
        var phone = Host.SendAsAsync(Speaking(official), new JoinWorkshop(_scene.JoinCode, null, null));
        var facilitator = Host.SendAsAsync(Speaking(_scene.Facilitator), new JoinWorkshop(_scene.JoinCode, null, null));
        var tooShort = Host.SendAsync(new JoinWorkshop(_scene.JoinCode, "X", null));
        Assert.False(first.IsCompleted);

        await release();

        var (one, two) = (await first, await second);
        Assert.NotNull(one.GuestToken);
        Assert.NotNull(two.GuestToken);
        Assert.NotEqual(one.ParticipantKey, two.ParticipantKey);
        Assert.Equal("Nouvelle Une", one.State.Me.DisplayName);
        Assert.Equal((returning.Key, returning.GuestToken), ((await back).ParticipantKey, (await back).GuestToken));
        // The same account from two devices in one batch: one attendance, both devices in.
        Assert.Equal(official.Key, (await laptop).ParticipantKey);
        Assert.Equal(official.Key, (await phone).ParticipantKey);
        // Each caller's rights are their own, whoever leads the batch.
        Assert.False((await laptop).IsFacilitator);
        Assert.False(one.IsFacilitator);
        Assert.True((await facilitator).IsFacilitator);
        Assert.Equal("Votre nom doit compter au moins 2 caractères.", (await Assert.ThrowsAsync<DomainRuleException>(() => tooShort)).Message);

        // One read of the room by its code for the seven arrivals, not seven.
        Assert.Single(Host.Sql.Commands, c => c.Contains("\"JoinCode\" =", StringComparison.Ordinal));
        var attendances = await Host.WithDbAsync(db => db.WorkshopAttendances.AsNoTracking().Where(a => a.WorkshopId == _scene.WorkshopId).ToListAsync());
        Assert.Equal(5, attendances.Count);
        Assert.All(attendances, a => Assert.Null(a.LeftAt));
        var officialRow = Assert.Single(attendances, a => a.ParticipantKey == official.Key);
        Assert.Equal((ParticipantRole?)ParticipantRole.ElectedOfficial, officialRow.Role);
        Assert.False(officialRow.IsFacilitator);
        Assert.Equal(0, Host.Get<JoinBatches>().Active);
    }

    [Fact]
    public async Task AWriteTheDatabaseRefusesFailsTheBatchAndEachArrivalIsThenWrittenAlone()
    {
        // What another device's twin attendance would do at the commit: the database refuses this arrival's row.
        await Host.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql()
            ? """
              CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $f$
              BEGIN IF NEW."DisplayName" = 'Refusée' THEN RAISE EXCEPTION 'twin'; END IF; RETURN NEW; END $f$;
              CREATE TRIGGER refuse_one BEFORE INSERT ON "WorkshopAttendances" FOR EACH ROW EXECUTE FUNCTION refuse_one();
              """
            : "CREATE TRIGGER refuse_one BEFORE INSERT ON \"WorkshopAttendances\" WHEN NEW.\"DisplayName\" = 'Refusée' BEGIN SELECT RAISE(ABORT, 'twin'); END"));
        Host.User.SignOut();

        var release = Hold();
        var joins = new[] { "Une", "Deux", "Refusée" }.Select(name => Host.SendAsync(new JoinWorkshop(_scene.JoinCode, name, null))).ToList();
        await release();

        Assert.NotNull((await joins[0]).GuestToken);
        Assert.NotNull((await joins[1]).GuestToken);
        Assert.Equal("Vous rejoignez déjà cet atelier depuis un autre appareil : réessayez.", (await Assert.ThrowsAsync<ConflictException>(() => joins[2])).Message);
        var names = await Host.WithDbAsync(db => db.WorkshopAttendances.Where(a => a.WorkshopId == _scene.WorkshopId).Select(a => a.DisplayName).ToListAsync());
        Assert.Equal(["Camille Animatrice", "Deux", "Une"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ManyConcurrentArrivalsAreAllCountedOnce()
    {
        Host.User.SignOut();

        var joined = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => Host.SendAsync(new JoinWorkshop(_scene.JoinCode, $"Invité·e {i}", null)))));

        Assert.Equal(60, joined.Select(j => j.ParticipantKey).Distinct().Count());
        var present = await Host.WithDbAsync(db => db.WorkshopAttendances.CountAsync(a => a.WorkshopId == _scene.WorkshopId && a.LeftAt == null));
        Assert.Equal(61, present);
        Assert.Equal(0, Host.Get<JoinBatches>().Active);
    }

    private static TestCurrentUser Speaking(Participant person)
    {
        var user = new TestCurrentUser();
        user.SignIn(person.UserId!.Value, person.OrganisationId, person.Roles);
        return user;
    }

    /// <summary>Holds the room's batch open (a first batch waiting for the test); returns what lets it end.</summary>
    private Func<Task> Hold()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = Host.Get<JoinBatches>().EnterAsync(new JoinDraft(_scene.JoinCode, CallerSnapshot.Of(new TestCurrentUser()), "Tenue", null), async batch =>
        {
            await gate.Task;
            batch[0].Refuse(new OperationCanceledException("lot tenu par le test"));
        });
        return async () =>
        {
            gate.SetResult();
            await Assert.ThrowsAsync<OperationCanceledException>(() => held);
        };
    }
}
