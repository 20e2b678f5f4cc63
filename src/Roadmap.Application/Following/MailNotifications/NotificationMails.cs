using Roadmap.Application.Common;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Mail;
using Roadmap.Application.Domain.Following;
using Roadmap.Application.Domain.Mail;
using Roadmap.Application.Following.MailPreferences;

namespace Roadmap.Application.Following.MailNotifications;

/// <summary>
/// The texts of notification mails to one person: one notification at once, or a digest grouped by
/// roadmap. Its unsubscribe links are sealed when it is made, before the person's transaction: the
/// first token ever creates the Data Protection key, which is written to the database, and on SQLite
/// that write would wait for the transaction's own write gate.
/// </summary>
internal sealed class NotificationMails(IPublicUrls urls, IUnsubscribeTokens tokens, Guid userId)
{
    private readonly Dictionary<MailTopic, string> _topicLinks = Enum.GetValues<MailTopic>()
        .ToDictionary(t => t, t => urls.Absolute(SiteLinks.Unsubscribe(tokens.Create(userId, t))));

    private readonly string _allLink = urls.Absolute(SiteLinks.Unsubscribe(tokens.Create(userId, null)));

    public const string OtherRoadmaps = "Autres";

    public (MailContent Content, MailExtras Extras) Immediate(string name, Notification notification, MailTopic topic)
    {
        var unsubscribe = _topicLinks[topic];
        var content = new MailBuilder(notification.Text)
            .Greeting(name)
            .Paragraph(notification.Text)
            .Button("Voir sur le site", urls.Absolute(notification.Link))
            .Footer($"Vous recevez ce courriel car vous avez demandé à être prévenu·e immédiatement : « {MailTopicNames.Label(topic)} ».",
                urls.Absolute(SiteLinks.MailPreferences()), unsubscribe)
            .Build();
        return (content, new MailExtras(unsubscribe, DedupeKey: $"notification:{notification.Id}"));
    }

    public (MailContent Content, MailExtras Extras) Digest(
        string name, DigestPeriod period, IReadOnlyList<Notification> notifications, IReadOnlyDictionary<Guid, string> roadmapTitles)
    {
        var weekly = period.Frequency == MailFrequency.Weekly;
        var count = $"{notifications.Count} {Plural.Of(notifications.Count, "nouveauté", "nouveautés")}";
        var builder = new MailBuilder(weekly ? $"Votre résumé de la semaine : {count}" : $"Votre résumé du jour : {count}")
            .Greeting(name)
            .Paragraph(weekly ? "Voici ce qui s'est passé cette semaine sur ce que vous suivez." : "Voici ce qui s'est passé depuis hier sur ce que vous suivez.");
        foreach (var group in notifications
            .GroupBy(n => n.RoadmapId is { } id && roadmapTitles.TryGetValue(id, out var title) ? title : null)
            .OrderBy(g => g.Key is null)
            .ThenBy(g => g.Key, FrenchFormat.Order))
        {
            builder.Heading(group.Key ?? OtherRoadmaps)
                .List(group.OrderBy(n => n.CreatedAt).Select(n => (n.Text, (string?)urls.Absolute(n.Link))));
        }

        var unsubscribe = _allLink;
        var content = builder
            .Button("Voir mes notifications", urls.Absolute(SiteLinks.Notifications()))
            .Footer(weekly
                    ? "Vous recevez ce résumé hebdomadaire car vous l'avez choisi pour certains sujets."
                    : "Vous recevez ce résumé quotidien, envoyé chaque matin quand il y a du nouveau sur ce que vous suivez.",
                urls.Absolute(SiteLinks.MailPreferences()), unsubscribe)
            .Build();
        return (content, new MailExtras(unsubscribe, DedupeKey: period.DedupeKey(userId)));
    }
}
