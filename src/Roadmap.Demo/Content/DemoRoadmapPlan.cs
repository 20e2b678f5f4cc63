using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Domain.Roadmaps;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Demo.Content;

/// <summary>
/// A demo roadmap as its back office sets it up: created by the administrator, with its calendar,
/// participation rules and axes, then given a team (<see cref="Team"/>), whose manager reviews the
/// standings claimed in its territory (<see cref="Claims"/>) and moves it from phase to phase.
/// </summary>
internal sealed record DemoRoadmapPlan
{
    public required Func<DemoOrganisations, Organisation> Owner { get; init; }
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required string Summary { get; init; }
    public required string Description { get; init; }
    public required int CreatedDaysAgo { get; init; }

    /// <summary>The phases' dates, from the seeding day.</summary>
    public required DemoSchedule Schedule { get; init; }

    public required VotingRules Rules { get; init; }
    public required IReadOnlyList<DemoAxis> Axes { get; init; }
    public required DemoTeam Team { get; init; }

    /// <summary>Standings claimed in this roadmap and approved; the manager's own is approved by the administrator.</summary>
    public required IReadOnlyList<DemoClaim> Claims { get; init; }

    /// <summary>Standings claimed in this roadmap that its manager has not decided yet (shown in /admin/qualites).</summary>
    public IReadOnlyList<DemoPendingClaim> PendingClaims { get; init; } = [];

    /// <summary>The opening of the concertation, before anything is proposed.</summary>
    public required DemoPhaseChange OpensConcertation { get; init; }

    /// <summary>The phase changes that follow the concertation's content, in order.</summary>
    public IReadOnlyList<DemoPhaseChange> Later { get; init; } = [];
}

internal sealed record DemoAxis(string Title, string Description, params IReadOnlyList<string> Objectives);

/// <summary>The roadmap's team: granted by the administrator <see cref="DaysAgo"/> days before the seeding.</summary>
internal sealed record DemoTeam(string Manager, string Facilitator, int DaysAgo);

/// <summary>A standing claimed by a demo person (ElectedOfficial or Actor of their organisation), in their own words.</summary>
internal sealed record DemoClaim(string Email, string Statement);

/// <summary>A move to the next phase by the roadmap's manager, with its public message.</summary>
internal sealed record DemoPhaseChange(int DaysAgo, string Message);

/// <summary>A standing claimed <see cref="DaysAgo"/> days before the seeding and still awaiting the manager's decision.</summary>
internal sealed record DemoPendingClaim(string Email, ParticipantRole Role, Func<DemoOrganisations, Organisation> Organisation, string Statement, int DaysAgo);
