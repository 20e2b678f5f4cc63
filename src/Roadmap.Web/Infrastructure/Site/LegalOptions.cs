namespace Roadmap.Web.Infrastructure.Site;

/// <summary>
/// The « Legal » settings: who publishes the platform, who hosts it and whom to write to, shown on the legal
/// pages and the accessibility statement. Each collectivity fills them in; a missing one reads
/// « à renseigner par la collectivité » rather than an invented value.
/// </summary>
public sealed class LegalOptions
{
    public const string Section = "Legal";

    /// <summary>What a page shows in place of a setting nobody filled in.</summary>
    public const string Missing = "à renseigner par la collectivité";

    public string? PublisherName { get; set; }

    public string? PublisherAddress { get; set; }

    public string? PublisherPhone { get; set; }

    public string? PublicationDirector { get; set; }

    public string? HostName { get; set; }

    public string? HostAddress { get; set; }

    public string? HostPhone { get; set; }

    /// <summary>The address for questions on the site and for exercising one's rights.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The data protection officer (délégué·e à la protection des données): a name, an address or both.</summary>
    public string? DpoContact { get; set; }

    /// <summary>Where to report an accessibility problem (an address or a form).</summary>
    public string? AccessibilityContact { get; set; }
}
