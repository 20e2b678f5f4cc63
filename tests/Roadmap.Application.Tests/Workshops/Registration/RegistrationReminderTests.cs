using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Application.Workshops.Registration;
using Roadmap.Application.Workshops.SendWorkshopReminders;

namespace Roadmap.Application.Tests.Workshops.Registration;

/// <summary>The reminder the day before, on a clock the tests move (the workshop starts three days after <see cref="RoadmapBuilder.Now"/>).</summary>
public sealed class RegistrationReminderTests() : ApplicationTest(frozenClock: true)
{
    private WorkshopScene _scene = default!;
    private Guid _workshopId;

    protected override async Task ArrangeAsync()
    {
        _scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        _scene.As(_scene.Facilitator);
        _workshopId = (await Host.SendAsync(new CreateWorkshop(
            _scene.Roadmap.Slug, WorkshopScene.Draft(_scene.Roadmap) with { StartsAt = RoadmapBuilder.Now.AddDays(3) }))).Id;
    }

    [Fact]
    public async Task NoReminderLeavesMoreThanADayBefore()
    {
        await RegisterAsync("Camille Martin");
        Host.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));

        Assert.Equal(0, await Host.SendAsync(new SendWorkshopReminders()));
    }

    [Fact]
    public async Task EachRegistrantGetsOneReminderTheDayBeforeWithThePlaceAndTheVisioLink()
    {
        var camille = await RegisterAsync("Camille Martin");
        await RegisterAsync("Dominique Durand");
        Host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));

        Assert.Equal(2, await Host.SendAsync(new SendWorkshopReminders()));
        Assert.Equal(0, await Host.SendAsync(new SendWorkshopReminders()));

        var reminders = await Host.MailsAsync(MailKind.WorkshopReminder);
        Assert.Equal(2, reminders.Count);
        var mail = Assert.Single(reminders, m => m.UserId == camille.UserId);
        Assert.Equal($"workshop-reminder:{_workshopId}:{camille.UserId}", mail.DedupeKey);
        Assert.Contains("Où : Maison du Département, Le Mans", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://visio.example.fr/atelier", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoNodesRunningTheJobAtOnceSendOneReminder()
    {
        await RegisterAsync("Camille Martin");
        Host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));

        var written = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await Task.Yield();
            return await Host.SendAsync(new SendWorkshopReminders());
        }));

        Assert.Equal(1, written.Sum());
        Assert.Single(await Host.MailsAsync(MailKind.WorkshopReminder));
    }

    [Fact]
    public async Task RegisteringWithinTheLastDayBringsTheInvitationOnly()
    {
        Host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));
        await RegisterAsync("Camille Martin");

        Assert.Equal(0, await Host.SendAsync(new SendWorkshopReminders()));
        Assert.Single(await Host.MailsAsync(MailKind.WorkshopInvitation));
    }

    [Fact]
    public async Task ACancelledWorkshopSendsNoReminder()
    {
        await RegisterAsync("Camille Martin");
        await _scene.SendAs(_scene.Facilitator, new CancelWorkshop(_workshopId, "Salle inondée"));
        Host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(1));

        Assert.Equal(0, await Host.SendAsync(new SendWorkshopReminders()));
    }

    [Fact]
    public async Task NoReminderOnceTheWorkshopHasBegun()
    {
        await RegisterAsync("Camille Martin");
        Host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        Assert.Equal(0, await Host.SendAsync(new SendWorkshopReminders()));
    }

    private async Task<Participant> RegisterAsync(string name)
    {
        var person = await _scene.NewPersonAsync(name, null, RoleNames.Citizen);
        await _scene.SendAs(person, new RegisterForWorkshop(_workshopId));
        return person;
    }
}
