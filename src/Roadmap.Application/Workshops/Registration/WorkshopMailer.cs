using Microsoft.EntityFrameworkCore;
using Roadmap.Application.Common;
using Roadmap.Application.Common.Calendar;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Registration;

/// <summary>
/// The mails a workshop sends to the people registered for it, added to the outbox in the caller's
/// transaction (the caller saves): invitation (or its update), cancellation, minutes.
/// </summary>
internal sealed class WorkshopMailer(IRoadmapDbContext db, Outbox outbox, IPublicUrls urls, IWorkshopCalendar calendar, TimeProvider clock)
{
    private const string Why = "Vous recevez ce courriel parce que vous vous êtes inscrit·e à cet atelier.";

    public OutboxMail Invite(Workshop workshop, MailRecipient to, bool update = false)
    {
        var content = new MailBuilder(update ? $"Atelier modifié : {workshop.Title}" : $"Invitation : {workshop.Title}")
            .Greeting(to.Name)
            .Paragraph(update
                ? $"L'atelier « {workshop.Title} » auquel vous êtes inscrit·e a changé. Voici ses nouvelles informations ; l'invitation jointe met à jour votre agenda."
                : $"Vous êtes inscrit·e à l'atelier « {workshop.Title} ». L'invitation jointe l'ajoute à votre agenda.")
            .Practical(workshop, urls)
            .Footer(Why)
            .Build();
        return outbox.Add(to, MailKind.WorkshopInvitation, content, new MailExtras(Attachment: Attachment(workshop, to, CalendarMethod.Request)));
    }

    /// <summary>The updated invitation to everyone registered, after a change of date or place.</summary>
    public async Task RescheduledAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        foreach (var to in await RegistrantsAsync(workshop.Id, cancellationToken))
        {
            Invite(workshop, to, update: true);
        }
    }

    public async Task CancelledAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        foreach (var to in await RegistrantsAsync(workshop.Id, cancellationToken))
        {
            var content = new MailBuilder($"Atelier annulé : {workshop.Title}")
                .Greeting(to.Name)
                .Paragraph($"L'atelier « {workshop.Title} » prévu le {WorkshopMailTexts.When(workshop)} est annulé.")
                .Paragraph($"Motif : {workshop.CancelReason}")
                .Paragraph("Le fichier joint le retire de votre agenda. Nous sommes désolés pour ce contretemps.")
                .Link("Page de l'atelier", urls.Absolute(SiteLinks.Workshop(workshop.Id)))
                .Footer(Why)
                .Build();
            outbox.Add(to, MailKind.WorkshopCancellation, content, new MailExtras(
                Attachment: Attachment(workshop, to, CalendarMethod.Cancel), DedupeKey: $"workshop-cancelled:{workshop.Id}:{to.UserId}"));
        }
    }

    /// <summary>To everyone registered and everyone who attended with an account, once each.</summary>
    public async Task MinutesPublishedAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        var attendees = await db.WorkshopAttendances.AsNoTracking()
            .Where(a => a.WorkshopId == workshop.Id && a.UserId != null)
            .Select(a => a.UserId!.Value)
            .ToListAsync(cancellationToken);
        var registrants = await db.WorkshopRegistrations.AsNoTracking().Where(r => r.WorkshopId == workshop.Id).Select(r => r.UserId).ToListAsync(cancellationToken);
        foreach (var to in await RecipientsAsync(attendees.Union(registrants).ToList(), cancellationToken))
        {
            var content = new MailBuilder($"Compte rendu : {workshop.Title}")
                .Greeting(to.Name)
                .Paragraph($"Le compte rendu de l'atelier « {workshop.Title} » du {FrenchFormat.Day(workshop.StartsAt)} est publié. Merci pour votre participation.")
                .Button("Lire le compte rendu", urls.Absolute(SiteLinks.WorkshopMinutes(workshop.Id)))
                .Footer("Vous recevez ce courriel parce que vous étiez inscrit·e à cet atelier ou y avez participé.")
                .Build();
            outbox.Add(to, MailKind.WorkshopMinutes, content, new MailExtras(DedupeKey: $"workshop-minutes:{workshop.Id}:{to.UserId}"));
        }
    }

    public MailAttachment Attachment(Workshop workshop, MailRecipient to, CalendarMethod method) =>
        WorkshopCalendarEvents.Attachment(workshop, to, method, calendar, urls, clock.GetUtcNow());

    public async Task<IReadOnlyList<MailRecipient>> RegistrantsAsync(Guid workshopId, CancellationToken cancellationToken) =>
        await RecipientsAsync(
            await db.WorkshopRegistrations.AsNoTracking().Where(r => r.WorkshopId == workshopId).Select(r => r.UserId).ToListAsync(cancellationToken),
            cancellationToken);

    public async Task<IReadOnlyList<MailRecipient>> RecipientsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id) && u.Email != null)
            .OrderBy(u => u.Id)
            .Select(u => new MailRecipient(u.Email!, u.DisplayName, u.Id))
            .ToListAsync(cancellationToken);
}
