namespace Roadmap.Application.Domain.Inclusion;

public sealed partial class MediatedContribution
{
    public const string SupportNotModerated =
        "Un soutien recueilli n'a pas de texte à modérer : la médiatrice ou le médiateur peut le retirer sous 48 heures.";

    public static readonly TextLimit HiddenReasonLimit = new("Le motif de masquage", HiddenReasonMaxLength);

    public bool IsHidden => HiddenAt is not null;

    /// <summary>
    /// A moderator hides a comment or an idea with a public reason. False when it was hidden already: a second submit
    /// keeps the first decision, its time and its reason.
    /// </summary>
    public bool Hide(string? reason, DateTimeOffset now)
    {
        if (Kind == MediatedContributionKind.Support)
        {
            throw new DomainRuleException(SupportNotModerated);
        }

        var publicReason = Guard.Text(reason, HiddenReasonLimit);
        if (IsHidden)
        {
            return false;
        }

        (HiddenAt, HiddenReason) = (now, publicReason);
        return true;
    }

    /// <summary>Shows it again; false when it was visible already.</summary>
    public bool Restore()
    {
        if (!IsHidden)
        {
            return false;
        }

        (HiddenAt, HiddenReason) = (null, "");
        return true;
    }
}
