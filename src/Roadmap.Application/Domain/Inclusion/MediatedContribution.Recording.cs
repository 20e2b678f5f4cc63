using System.Security.Cryptography;
using System.Text;

namespace Roadmap.Application.Domain.Inclusion;

public sealed partial class MediatedContribution
{
    public const string ConsentMissing = MediationConsent.Missing;
    public const string WindowClosed = "Le délai de 48 heures est passé : cette contribution ne peut plus être corrigée ni retirée.";

    /// <summary>
    /// Records what a resident said, with their consent. The target's rules (phase, action status) are the caller's to
    /// check first; here: consent, the text each kind needs, and the key that makes the database refuse a duplicate.
    /// </summary>
    public static MediatedContribution Record(
        MediatedContributionKind kind, Guid roadmapId, Guid? actionId, Guid? axisId, Guid organisationId, Guid mediatorId,
        Resident resident, string? title, string? body, bool consent, DateTimeOffset now)
    {
        if (!consent)
        {
            throw new DomainRuleException(ConsentMissing);
        }

        if (kind != MediatedContributionKind.Idea && actionId is null)
        {
            throw new DomainRuleException("Choisissez l'action que l'habitant·e soutient ou commente.");
        }

        var contribution = new MediatedContribution
        {
            Id = Guid.NewGuid(),
            Kind = kind,
            RoadmapId = roadmapId,
            ActionId = kind == MediatedContributionKind.Idea ? null : actionId,
            AxisId = kind == MediatedContributionKind.Idea ? axisId : null,
            OrganisationId = organisationId,
            MediatorId = mediatorId,
            ConsentVersion = MediationConsent.CurrentVersion,
            CreatedAt = now,
        };
        contribution.Fill(resident, title, body);
        return contribution;
    }

    public Resident Resident => new(ResidentFirstName, ResidentInitial, CommuneId, AgeBracket);

    /// <summary>Whether its mediator may still correct or withdraw it.</summary>
    public bool IsCorrectableAt(DateTimeOffset now) => now - CreatedAt <= CorrectionWindow;

    public void Correct(Resident resident, string? title, string? body, DateTimeOffset now)
    {
        EnsureCorrectableAt(now);
        Fill(resident, title, body);
        CorrectedAt = now;
    }

    public void EnsureCorrectableAt(DateTimeOffset now)
    {
        if (!IsCorrectableAt(now))
        {
            throw new DomainRuleException(WindowClosed);
        }
    }

    private void Fill(Resident resident, string? title, string? body)
    {
        ResidentFirstName = resident.FirstName;
        ResidentInitial = resident.Initial;
        CommuneId = resident.CommuneId;
        AgeBracket = resident.AgeBracket;
        (Title, Body) = Kind switch
        {
            MediatedContributionKind.Comment => ("", Guard.Text(body, BodyLimit)),
            MediatedContributionKind.Idea => (Guard.Text(Guard.OneLine(title), TitleLimit), Guard.OptionalText(body, BodyLimit)),
            _ => ("", ""),
        };
        DedupeKey = KeyOf();
    }

    /// <summary>
    /// The same resident once per action for a support; for a comment or an idea, once per text (per title for an idea).
    /// Hashed so that any name fits the column; the kind stays readable.
    /// </summary>
    private string KeyOf()
    {
        var target = Kind switch
        {
            MediatedContributionKind.Support => $"{ActionId:N}",
            MediatedContributionKind.Comment => $"{ActionId:N}|{Resident.Normalise(Body)}",
            _ => $"{RoadmapId:N}|{Resident.Normalise(Title)}",
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{target}|{Resident.Normalised}"));
        return $"{Kind}:{Convert.ToHexStringLower(hash)}";
    }
}
