using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Application.Workshops.Registration;

/// <summary>The lines every workshop mail shares: when, where, how to join.</summary>
internal static class WorkshopMailTexts
{
    /// <summary>« mardi 12 mai 2026, de 14h00 à 15h30 » (Paris time).</summary>
    public static string When(Workshop workshop) =>
        $"{FrenchFormat.Day(workshop.StartsAt)}, de {FrenchFormat.Time(workshop.StartsAt)} à {FrenchFormat.Time(workshop.EndsAt)}";

    /// <summary>The date, the place and the visio link (a paragraph each), then the button to join.</summary>
    public static MailBuilder Practical(this MailBuilder mail, Workshop workshop, IPublicUrls urls)
    {
        mail.Paragraph($"Quand : {When(workshop)} (heure de Paris).");
        if (!string.IsNullOrWhiteSpace(workshop.Address))
        {
            mail.Paragraph($"Où : {workshop.CalendarLocation}");
        }

        if (!string.IsNullOrWhiteSpace(workshop.VisioLink))
        {
            mail.Link("Lien de la visioconférence", workshop.VisioLink);
        }

        return mail
            .Button("Rejoindre l'atelier", urls.Absolute(SiteLinks.JoinWorkshop(workshop.JoinCode)))
            .Link("Page de l'atelier (pour vous désinscrire aussi)", urls.Absolute(SiteLinks.Workshop(workshop.Id)));
    }
}
