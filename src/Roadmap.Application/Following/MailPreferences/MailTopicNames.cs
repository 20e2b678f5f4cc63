using Roadmap.Application.Domain.Mail;

namespace Roadmap.Application.Following.MailPreferences;

/// <summary>How the preferences page, the unsubscribe page and the mails name each topic and frequency.</summary>
public static class MailTopicNames
{
    public static string Label(MailTopic topic) => topic switch
    {
        MailTopic.Comments => "Commentaires et réponses sur ce que je suis",
        MailTopic.Statuses => "Changements de statut et examen des actions",
        MailTopic.Updates => "Points d'étape",
        MailTopic.Standing => "Décision sur mon statut d'élu·e ou d'acteur",
        MailTopic.Workshops => "Ateliers programmés sur une feuille de route que je suis",
        MailTopic.Roadmaps => "Nouvelles actions et changements de phase",
        MailTopic.Roles => "Rôles qui me sont confiés",
        _ => throw new ArgumentOutOfRangeException(nameof(topic), topic, "Every mail topic has a French label."),
    };

    public static string Label(MailFrequency frequency) => frequency switch
    {
        MailFrequency.Immediately => "Immédiatement",
        MailFrequency.Daily => "Résumé quotidien",
        MailFrequency.Weekly => "Résumé hebdomadaire",
        MailFrequency.Never => "Jamais",
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Every mail frequency has a French label."),
    };

    /// <summary>The order the preferences page lists them in.</summary>
    public static IReadOnlyList<MailFrequency> Frequencies { get; } =
        [MailFrequency.Immediately, MailFrequency.Daily, MailFrequency.Weekly, MailFrequency.Never];
}
