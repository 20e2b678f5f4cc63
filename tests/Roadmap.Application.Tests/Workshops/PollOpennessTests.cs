using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.ClosePoll;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Tests.Workshops;

/// <summary>« The poll is open » is one statement: the entity and the SQL read of it agree at every instant, boundaries included.</summary>
public sealed class PollOpennessTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;

    protected override async Task ArrangeAsync() => _scene = await WorkshopScene.StartAsync(Host);

    [Theory]
    [InlineData(0, true, false)]
    [InlineData(29, true, false)]
    [InlineData(30, false, true)]
    [InlineData(31, false, true)]
    public async Task TheDatabaseReadsATimedPollAsTheEntityDoes(int secondsLater, bool open, bool expired)
    {
        var opened = await OpenTimedPollAsync();
        var at = Host.Clock.Now.AddSeconds(secondsLater);

        var (entity, inSql, expiredInSql) = await ReadAsync(opened.Id, at);

        Assert.Equal(open, entity.IsOpenAt(at));
        Assert.Equal(open, inSql);
        Assert.Equal(expired, expiredInSql);
    }

    [Fact]
    public async Task AClosedPollIsNeitherOpenNorExpiredAnywhere()
    {
        var opened = await OpenTimedPollAsync();
        await _scene.SendAs(_scene.Facilitator, new ClosePoll(_scene.WorkshopId, opened.Id));
        var at = Host.Clock.Now.AddSeconds(40);

        var (entity, inSql, expiredInSql) = await ReadAsync(opened.Id, at);

        Assert.False(entity.IsOpenAt(at), "the entity reads the closed poll as open");
        Assert.False(inSql, "the query reads the closed poll as open");
        Assert.False(expiredInSql, "the query reads the closed poll as still to be closed");
    }

    private Task<PollView> OpenTimedPollAsync() =>
        _scene.SendAs(_scene.Facilitator, new OpenPoll(_scene.WorkshopId, new PollDraft(PollKind.Scale, "Êtes-vous d'accord ?", null, null, null, 30)));

    private Task<(Poll Entity, bool Open, bool Expired)> ReadAsync(Guid pollId, DateTimeOffset at) => Host.WithDbAsync(async db =>
    {
        var entity = await db.Polls.AsNoTracking().SingleAsync(p => p.Id == pollId);
        var open = await db.Polls.Where(p => p.Id == pollId).AnyAsync(Poll.OpenAt(at));
        var expired = await db.Polls.Where(p => p.Id == pollId).AnyAsync(Poll.ExpiredAt(at));
        return (entity, open, expired);
    });
}
