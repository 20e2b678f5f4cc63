namespace Roadmap.Infrastructure.Mail;

/// <summary>The « Mail » settings (README, « Courriels »). Without <see cref="Host"/>, Development writes .eml files and elsewhere mails wait in the outbox.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public MailSecurity Security { get; set; } = MailSecurity.StartTls;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "ne-pas-repondre@localhost";
    public string FromName { get; set; } = "Roadmap";

    /// <summary>How often the worker looks for due mails when nothing woke it (a retry's time, another node's mail).</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How often the scheduled mail jobs (notifications, digests, reminders) run.</summary>
    public int ScheduleSeconds { get; set; } = 30;

    /// <summary>Mails sent over one SMTP connection before the worker looks again.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Seconds an SMTP exchange may take before it counts as failed.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
