using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Participation.GetSupportTally;

/// <summary>A support as the tallies count it (<see cref="SupportBreakdown.Counted"/>); a class with setters so EF Core can group on it.</summary>
internal sealed class CountedSupport
{
    public Guid ActionId { get; init; }
    public ParticipantRole Role { get; init; }
    public Guid? OrganisationId { get; init; }
}
