namespace Roadmap.Application.Domain.Workshops;

public sealed partial class Workshop
{
    public const int MinutesMaxLength = 100_000;

    /// <summary>The « compte rendu » in Markdown: generated at the end, then edited by the facilitators.</summary>
    public string Minutes { get; private set; } = "";
    public DateTimeOffset? MinutesPublishedAt { get; private set; }

    public bool MinutesArePublished => MinutesPublishedAt is not null;

    internal void WriteGeneratedMinutes(string markdown)
    {
        // Generated text can outgrow the limit in a huge workshop; the end keeps what fits rather than failing the close.
        Minutes = markdown.Length > MinutesMaxLength ? markdown[..MinutesMaxLength] : markdown;
    }

    /// <summary>
    /// Rewrites the minutes through <paramref name="redact"/> whatever their state (draft or published):
    /// an erased account's name must leave them too.
    /// </summary>
    internal void RedactMinutes(Func<string, string> redact)
    {
        var redacted = redact(Minutes);
        Minutes = redacted.Length > MinutesMaxLength ? redacted[..MinutesMaxLength] : redacted;
    }

    public void EditMinutes(string markdown, DateTimeOffset now)
    {
        EnsureClosed();
        Minutes = Guard.Text(markdown, MinutesMaxLength, "Le compte rendu");
        UpdatedAt = now;
    }

    public void PublishMinutes(DateTimeOffset now)
    {
        EnsureClosed();
        if (MinutesArePublished)
        {
            throw new DomainRuleException("Le compte rendu est déjà publié.");
        }

        if (string.IsNullOrWhiteSpace(Minutes))
        {
            throw new DomainRuleException("Le compte rendu est vide : rédigez-le avant de le publier.");
        }

        MinutesPublishedAt = now;
        UpdatedAt = now;
    }

    private void EnsureClosed()
    {
        if (MinutesRefusal is { } refusal)
        {
            throw new DomainRuleException(refusal);
        }
    }
}
