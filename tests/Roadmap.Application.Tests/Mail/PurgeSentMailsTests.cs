using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Mail.PurgeSentMails;
using Roadmap.Application.Tests.Fixtures;

namespace Roadmap.Application.Tests.Mail;

public sealed class PurgeSentMailsTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task DeletesSentMailsOnceTheyAreAWeekOld()
    {
        var sent = OutboxMails.Sent(Host.Clock.Now);
        await Host.SaveAsync(sent);

        Host.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Host.SendAsync(new PurgeSentMails()));

        Host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Host.SendAsync(new PurgeSentMails()));
        Assert.False(await Host.WithDbAsync(db => db.OutboxMails.AnyAsync(m => m.Id == sent.Id)));
    }

    [Fact]
    public async Task KeepsFailedMailsThirtyDaysAndPendingOnesForever()
    {
        var failed = OutboxMails.Failed(Host.Clock.Now);
        var pending = OutboxMails.Pending(Host.Clock.Now);
        var retrying = OutboxMails.Retrying(Host.Clock.Now);
        await Host.SaveAsync(failed, pending, retrying);

        Host.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await Host.SendAsync(new PurgeSentMails()));

        Host.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Host.SendAsync(new PurgeSentMails()));
        var left = await Host.WithDbAsync(db => db.OutboxMails.Select(m => m.Id).ToListAsync());
        Assert.Equal(new[] { pending.Id, retrying.Id }.Order(), left.Order());
    }

    [Fact]
    public async Task RunsWithoutASignedInUserAsTheSchedulerDoes()
    {
        Host.User.SignOut();

        Assert.Equal(0, await Host.SendAsync(new PurgeSentMails()));
    }
}
