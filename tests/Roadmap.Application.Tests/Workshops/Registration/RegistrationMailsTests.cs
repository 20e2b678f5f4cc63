using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.Following;
using Roadmap.Application.Following.StartFollowing;
using Roadmap.Application.Tests.Fixtures;
using Roadmap.Application.Tests.Workshops.Support;
using Roadmap.Application.Workshops.CancelWorkshop;
using Roadmap.Application.Workshops.CreateWorkshop;
using Roadmap.Application.Workshops.EditMinutes;
using Roadmap.Application.Workshops.EditWorkshop;
using Roadmap.Application.Workshops.EndWorkshop;
using Roadmap.Application.Workshops.JoinWorkshop;
using Roadmap.Application.Workshops.PublishMinutes;
using Roadmap.Application.Workshops.Registration;

namespace Roadmap.Application.Tests.Workshops.Registration;

/// <summary>What a workshop's life mails to the people registered for it, and what its scheduling notifies.</summary>
public sealed class RegistrationMailsTests() : ApplicationTest(frozenClock: true)
{
    [Fact]
    public async Task CancellingTheWorkshopMailsEachRegistrantACancellationThatWins()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await RegisterAsync(scene, "Camille Martin");
        await RegisterAsync(scene, "Dominique Durand");
        Host.Clock.Advance(TimeSpan.FromHours(2));

        await scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Salle inondée"));

        var cancellations = await Host.MailsAsync(MailKind.WorkshopCancellation);
        var invitation = (await Host.MailsAsync(MailKind.WorkshopInvitation))[0];
        Assert.Equal(2, cancellations.Select(m => m.ToAddress).Distinct().Count());
        Assert.All(cancellations, mail =>
        {
            Assert.Equal("CANCEL", mail.Ics("METHOD"));
            Assert.Equal("CANCELLED", mail.Ics("STATUS"));
            Assert.Equal(invitation.Ics("UID"), mail.Ics("UID"));
            Assert.True(mail.Sequence() > invitation.Sequence());
            Assert.Contains("Motif : Salle inondée", mail.TextBody, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ACancelledRegistrationGetsNoCancellation()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var person = await RegisterAsync(scene, "Camille Martin");
        await scene.SendAs(person, new CancelWorkshopRegistration(scene.WorkshopId));

        await scene.SendAs(scene.Facilitator, new CancelWorkshop(scene.WorkshopId, "Salle inondée"));

        Assert.Empty(await Host.MailsAsync(MailKind.WorkshopCancellation));
    }

    [Fact]
    public async Task MovingTheWorkshopSendsAnUpdatedInvitationWithAHigherSequence()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await RegisterAsync(scene, "Camille Martin");
        Host.Clock.Advance(TimeSpan.FromMinutes(5));

        await scene.SendAs(scene.Facilitator, new EditWorkshop(scene.WorkshopId, WorkshopScene.Draft(scene.Roadmap) with { StartsAt = RoadmapBuilder.Now.AddDays(2) }));

        var invitations = await Host.MailsAsync(MailKind.WorkshopInvitation);
        Assert.Equal(2, invitations.Count);
        Assert.Equal("20260312T090000Z", invitations[1].Ics("DTSTART"));
        Assert.True(invitations[1].Sequence() > invitations[0].Sequence());
        Assert.StartsWith("Atelier modifié", invitations[1].Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingOnlyTheTitleSendsNoNewInvitation()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        await RegisterAsync(scene, "Camille Martin");

        await scene.SendAs(scene.Facilitator, new EditWorkshop(scene.WorkshopId, WorkshopScene.Draft(scene.Roadmap) with { Title = "Nouveau titre" }));

        Assert.Single(await Host.MailsAsync(MailKind.WorkshopInvitation));
    }

    [Fact]
    public async Task PublishedMinutesReachRegistrantsAndSignedInAttendeesOnceEach()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var registrant = await RegisterAsync(scene, "Camille Martin");
        var both = await RegisterAsync(scene, "Dominique Durand");
        await scene.SendAs(scene.Facilitator, new JoinWorkshop(scene.JoinCode, null, null));
        await scene.SendAs(both, new JoinWorkshop(scene.JoinCode, null, null));
        var attendee = await scene.MemberAsync(name: "Alex Présent");
        await scene.GuestAsync();
        await scene.SendAs(scene.Facilitator, new EndWorkshop(scene.WorkshopId));
        await Host.SendAsync(new EditMinutes(scene.WorkshopId, "Nous avons parlé de **tiers-lieux**."));

        await Host.SendAsync(new PublishMinutes(scene.WorkshopId));

        var mails = await Host.MailsAsync(MailKind.WorkshopMinutes);
        var expected = new[] { registrant, both, attendee, scene.Facilitator }.Select(p => p.UserId!.Value).Order().ToList();
        Assert.Equal(expected, mails.Select(m => m.UserId!.Value).Order().ToList());
        Assert.All(mails, m => Assert.Contains($"https://roadmap.test/ateliers/{scene.WorkshopId}#compte-rendu-titre", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SchedulingAWorkshopNotifiesTheRoadmapsFollowersButNotItsCreator()
    {
        var scene = await WorkshopScene.StartAsync(Host, openRoom: false);
        var follower = await scene.NewPersonAsync("Camille Martin", null, RoleNames.Citizen);
        await scene.SendAs(follower, new StartFollowing(FollowedThing.Roadmap(scene.Roadmap.Slug)));
        await scene.SendAs(scene.Facilitator, new StartFollowing(FollowedThing.Roadmap(scene.Roadmap.Slug)));

        var created = await scene.SendAs(scene.Facilitator, new CreateWorkshop(scene.Roadmap.Slug, WorkshopScene.Draft(scene.Roadmap)));

        var notifications = await Host.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.WorkshopScheduled).ToListAsync());
        var notification = Assert.Single(notifications);
        Assert.Equal(follower.UserId, notification.UserId);
        Assert.Equal(scene.Roadmap.Id, notification.RoadmapId);
        Assert.Equal($"/ateliers/{created.Id}", notification.Link);
        Assert.Contains("mercredi 11 mars 2026 à 10h00", notification.Text, StringComparison.Ordinal);
    }

    private static async Task<Participant> RegisterAsync(WorkshopScene scene, string name)
    {
        var person = await scene.NewPersonAsync(name, null, RoleNames.Citizen);
        await scene.SendAs(person, new RegisterForWorkshop(scene.WorkshopId));
        return person;
    }
}
