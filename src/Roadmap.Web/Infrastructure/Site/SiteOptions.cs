namespace Roadmap.Web.Infrastructure.Site;

/// <summary>The « Site » settings: where the platform is published and whom visitors can write to.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public address every absolute link starts with (mails, QR codes, calendar files), never the request's Host.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Shown when the platform cannot do something itself, such as sending a password-reset mail.</summary>
    public string? ContactEmail { get; set; }
}
