using System.Globalization;
using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Application.Domain.Roadmaps;

/// <summary>
/// The life of a roadmap in the back office: described, scheduled, moved from phase to phase, then
/// archived (read-only, still public). Phases only move forward, one at a time.
/// </summary>
public sealed partial class TerritorialRoadmap
{
    public const string Archived = "Cette feuille de route est archivée : elle reste consultable mais ne peut plus être modifiée.";

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>The phase after the current one; null in the last phase.</summary>
    public RoadmapPhase? NextPhase => CurrentPhase == RoadmapPhase.MiseEnOeuvre ? null : CurrentPhase + 1;

    /// <summary>A new roadmap, in phase Diagnostic, with its summary.</summary>
    public static TerritorialRoadmap Open(Organisation owner, string title, string slug, string summary, string description, DateTimeOffset now)
    {
        var roadmap = Create(owner, title, slug, description, now);
        roadmap.Summary = Guard.OptionalText(summary, SummaryMaxLength, "Le résumé");
        return roadmap;
    }

    public void Edit(Organisation owner, string title, string summary, string description)
    {
        EnsureNotArchived();
        var newTitle = Guard.Text(title, TitleMaxLength, "Le titre");
        var newSummary = Guard.OptionalText(summary, SummaryMaxLength, "Le résumé");
        var newDescription = Guard.OptionalText(description, DescriptionMaxLength, "La description");
        OwnerOrganisationId = owner.Id;
        Title = newTitle;
        Summary = newSummary;
        Description = newDescription;
    }

    /// <summary>Changes the address; the caller checks that no other roadmap uses it.</summary>
    public void ChangeSlug(string slug)
    {
        EnsureNotArchived();
        Slug = Slugs.Validate(slug);
    }

    public void Archive(DateTimeOffset now)
    {
        EnsureNotArchived();
        ArchivedAt = now;
    }

    /// <summary>
    /// Replaces the schedule. Each phase given at most once, its end (if any) not before its start;
    /// in phase order, each phase starts after the previous one started and after it ended.
    /// </summary>
    public void SchedulePhases(IReadOnlyList<PhaseSchedule> schedule)
    {
        EnsureNotArchived();
        if (schedule.GroupBy(p => p.Phase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException($"La phase « {twice.Key.French()} » est programmée deux fois.");
        }

        var ordered = schedule.OrderBy(p => p.Phase).ToList();
        foreach (var phase in ordered)
        {
            if (phase.EndsOn is { } end && end < phase.StartsOn)
            {
                throw new DomainRuleException(
                    $"La phase « {phase.Phase.French()} » finit le {Date(end)}, avant son début le {Date(phase.StartsOn)}.");
            }
        }

        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            var phase = ordered[i];
            if (phase.StartsOn <= previous.StartsOn)
            {
                throw new DomainRuleException(
                    $"La phase « {phase.Phase.French()} » commence le {Date(phase.StartsOn)}, avant la phase « {previous.Phase.French()} » " +
                    $"(le {Date(previous.StartsOn)}) : les dates doivent suivre l'ordre des phases.");
            }

            if (previous.EndsOn is { } end && phase.StartsOn <= end)
            {
                throw new DomainRuleException(
                    $"La phase « {phase.Phase.French()} » commence le {Date(phase.StartsOn)}, avant la fin de la phase « {previous.Phase.French()} » " +
                    $"(le {Date(end)}) : les phases ne peuvent pas se chevaucher.");
            }
        }

        _phases.Clear();
        _phases.AddRange(ordered);
    }

    public void SetAutomaticAdvance(bool advancesAutomatically)
    {
        EnsureNotArchived();
        AdvancesAutomatically = advancesAutomatically;
    }

    /// <summary>Moves to the next phase (never further) with a public message.</summary>
    public void Advance(string message, DateTimeOffset now)
    {
        EnsureNotArchived();
        var next = NextPhase ?? throw new DomainRuleException(
            $"La feuille de route est déjà dans sa dernière phase, « {CurrentPhase.French()} » : il n'y a pas de phase suivante.");
        PhaseMessage = Guard.Text(message, PhaseMessageMaxLength, "Le message public");
        CurrentPhase = next;
        PhaseChangedAt = now;
    }

    /// <summary>Whether the automatic advance should move this roadmap on <paramref name="today"/> (a date in Paris).</summary>
    public bool IsDueToAdvance(DateOnly today) =>
        !IsArchived && AdvancesAutomatically && NextPhase is { } next && _phases.Any(p => p.Phase == next && p.StartsOn <= today);

    /// <summary>
    /// Why the roadmap takes no more of something its phase decides (<paramref name="closed"/>: « Les
    /// propositions sont fermées »): being archived comes first, whatever the phase.
    /// </summary>
    public string ClosedBecause(string closed) => IsArchived ? Archived : $"{closed} : la feuille de route est en phase « {CurrentPhase.French()} ».";

    /// <summary>Refuses any change to an archived roadmap or to what it holds.</summary>
    public void EnsureNotArchived()
    {
        if (IsArchived)
        {
            throw new DomainRuleException(Archived);
        }
    }

    /// <summary>« 31/03/2026 »: the domain names no culture (French words and months are FrenchFormat's, in Application).</summary>
    private static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
