using System.Text;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Minutes;
using Roadmap.Application.Workshops.Presence;

namespace Roadmap.Application.Workshops.EndWorkshop;

/// <summary>
/// Writes the « compte rendu » in Markdown from what happened: date, facilitators, attendance by
/// organisation and role, agenda, each poll with its exact results, the ideas and what became of
/// them, the actions promoted. Participants' words are escaped (see <see cref="MarkdownText"/>).
/// </summary>
internal static class MinutesWriter
{
    public static string Write(MinutesSource source)
    {
        var md = new StringBuilder();
        WriteHeader(md, source);
        WriteAttendance(md, source);
        WriteAgenda(md, source);
        MinutesPolls.Write(md, source);
        MinutesIdeas.Write(md, source);
        md.AppendLine().Append("*Compte rendu généré automatiquement à la fin de l'atelier ; l'animation peut le compléter avant de le publier.*").AppendLine();
        return md.ToString();
    }

    internal static string Count(int n, string singular, string plural) => $"{n.ToString("N0", FrenchFormat.Culture)} {(n > 1 ? plural : singular)}";

    private static void WriteHeader(StringBuilder md, MinutesSource source)
    {
        var w = source.Workshop;
        var started = w.StartedAt ?? w.StartsAt;
        var ended = w.EndedAt ?? w.EndsAt;
        md.Append("# Compte rendu : ").AppendLine(MarkdownText.Escape(w.Title)).AppendLine();
        md.Append("- **Feuille de route** : [").Append(MarkdownText.Escape(source.Room.RoadmapTitle)).Append("](").Append(SiteLinks.Roadmap(source.Room.RoadmapSlug)).AppendLine(")");
        md.Append("- **Date** : ").Append(FrenchFormat.Day(started)).Append(", de ").Append(FrenchFormat.Time(started)).Append(" à ").AppendLine(FrenchFormat.Time(ended));
        md.Append("- **Format** : ").Append(w.Mode.French());
        if (w.Mode != WorkshopMode.Visio)
        {
            md.Append(", ").Append(MarkdownText.Escape(w.Address));
        }

        md.AppendLine();
        md.Append("- **Animation** : ").AppendLine(source.Room.Facilitators.Count == 0 ? "non renseignée" : string.Join(", ", source.Room.Facilitators.Select(MarkdownText.Escape)));
    }

    private static void WriteAttendance(StringBuilder md, MinutesSource source)
    {
        var attendees = source.Attendees;
        var guests = attendees.Count(a => a.Role is null);
        md.AppendLine().AppendLine("## Participation").AppendLine();
        md.Append(Count(attendees.Count, "personne a participé", "personnes ont participé"));
        md.AppendLine(guests > 0 ? $", dont {Count(guests, "invité·e", "invité·es")} sans compte." : ".");
        if (attendees.Count == 0)
        {
            return;
        }

        md.AppendLine().AppendLine("| Organisation | Participant·es |").AppendLine("|---|---:|");
        foreach (var group in attendees.GroupBy(a => a.Organisation ?? PresenceQuery.NoOrganisation).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Create(FrenchFormat.Culture, false)))
        {
            md.Append("| ").Append(MarkdownText.Escape(group.Key)).Append(" | ").Append(group.Count()).AppendLine(" |");
        }

        md.AppendLine().AppendLine("| Rôle | Participant·es |").AppendLine("|---|---:|");
        foreach (var group in attendees.GroupBy(a => a.Role).OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key))
        {
            md.Append("| ").Append(RoleGroups.Label(group.Key)).Append(" | ").Append(group.Count()).AppendLine(" |");
        }
    }

    private static void WriteAgenda(StringBuilder md, MinutesSource source)
    {
        md.AppendLine().AppendLine("## Ordre du jour").AppendLine();
        if (source.Agenda.Count == 0)
        {
            md.AppendLine("Pas d'ordre du jour établi.");
            return;
        }

        foreach (var item in source.Agenda)
        {
            var line = item.Kind switch
            {
                AgendaItemKind.Axis => "Axe : " + MarkdownText.Escape(item.Title),
                AgendaItemKind.Actions => "Actions : " + string.Join(", ", item.Actions.Select(a => $"[{MarkdownText.Escape(a.Title)}]({a.Link})"))
                    + (item.Topic.Length > 0 ? $" ({MarkdownText.Escape(item.Topic)})" : ""),
                _ => "Sujet : " + MarkdownText.Escape(item.Title),
            };
            md.Append(item.Position).Append(". ").AppendLine(line);
        }
    }
}
