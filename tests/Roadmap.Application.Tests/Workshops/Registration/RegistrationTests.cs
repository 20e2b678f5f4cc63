using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Domain;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.Registration;

namespace Roadmap.Application.Tests.Workshops.Registration;

public sealed class RegistrationTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task RegisteringMailsTheInvitationWithItsCalendarEvent()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);

        Assert.True(await scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId)));

        var invitation = Assert.Single(await Host.MailsAsync(MailKind.WorkshopInvitation));
        Assert.Equal(await Host.AddressOfAsync(person.UserId!.Value), invitation.ToAddress);
        Assert.Equal("text/calendar; method=REQUEST; charset=utf-8", invitation.AttachmentContentType);
        Assert.Equal("REQUEST", invitation.Ics("METHOD"));
        Assert.Equal("20260311T090000Z", invitation.Ics("DTSTART"));
        Assert.Equal($"{scene.WorkshopId}@roadmap", invitation.Ics("UID"));
        Assert.Contains("mailto:" + invitation.ToAddress, invitation.Calendar(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("https://roadmap.test/rejoindre/" + scene.JoinCode, invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("mercredi 11 mars 2026, de 10h00 à 11h30", invitation.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADoubleSubmitRegistersOnceAndMailsOneInvitation()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);
        scene.As(person);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await Task.Yield();
            return await Host.SendAsync(new RegisterForWorkshop(scene.WorkshopId));
        }));

        Assert.Single(answers, registered => registered);
        Assert.Equal(1, await Host.WithDbAsync(db => db.WorkshopRegistrations.CountAsync(r => r.WorkshopId == scene.WorkshopId)));
        Assert.Single(await Host.MailsAsync(MailKind.WorkshopInvitation));
    }

    [Fact]
    public async Task AnonymousVisitorsCannotRegister()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        Host.User.SignOut();

        await Assert.ThrowsAsync<UnauthenticatedException>(() => Host.SendAsync(new RegisterForWorkshop(scene.WorkshopId)));
    }

    [Fact]
    public async Task RegistrationClosesOnceTheWorkshopIsLive()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: true);
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId)));

        Assert.Contains("les inscriptions sont closes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegistrationClosesOnceTheWorkshopIsCancelled()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Salle indisponible"));
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId)));
        Assert.Empty(await Host.MailsAsync(MailKind.WorkshopInvitation));
    }

    [Fact]
    public async Task RegistrationClosesOnceTheHourHasCome()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);
        Host.Clock.Advance(TimeSpan.FromDays(1));

        await Assert.ThrowsAsync<DomainRuleException>(() => scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId)));
    }

    [Fact]
    public async Task CancellingARegistrationRemovesItWithoutAMail()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);
        await scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId));

        Assert.True(await Host.SendAsync(new CancelWorkshopRegistration(scene.WorkshopId)));
        Assert.False(await Host.SendAsync(new CancelWorkshopRegistration(scene.WorkshopId)));

        Assert.False((await Host.SendAsync(new GetWorkshopRegistration(scene.WorkshopId))).IsRegistered);
        Assert.Single(await Host.MailsAsync(MailKind.WorkshopInvitation));
    }

    [Fact]
    public async Task OnlyTheFacilitatorsSeeHowManyAreRegistered()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var person = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);
        await scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId));

        var seenByPerson = await Host.SendAsync(new GetWorkshopRegistration(scene.WorkshopId));
        var seenByFacilitator = await scene.SendAs(scene.Facilitator, new GetWorkshopRegistration(scene.WorkshopId));

        Assert.True(seenByPerson.IsRegistered);
        Assert.Null(seenByPerson.Registrants);
        Assert.Equal(1, seenByFacilitator.Registrants);
    }

    [Fact]
    public async Task AnotherPersonsRegistrationIsTheirOwn()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var first = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);
        var second = await scene.NewPersonAsync("Dominique Durand", null, RoleNames.Citizen);
        await scene.SendAs(first, new RegisterForWorkshop(scene.WorkshopId));

        Assert.False(await scene.SendAs(second, new CancelWorkshopRegistration(scene.WorkshopId)));
        Assert.False((await Host.SendAsync(new GetWorkshopRegistration(scene.WorkshopId))).IsRegistered);
        Assert.True((await scene.SendAs(first, new GetWorkshopRegistration(scene.WorkshopId))).IsRegistered);
    }
}
