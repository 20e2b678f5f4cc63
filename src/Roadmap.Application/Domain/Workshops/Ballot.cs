using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// One participant's vote in a poll: unique per (poll, voter); it may be changed while the poll is
/// open (the last one counts). The voter's role and organisation are copied for results by role.
/// </summary>
public sealed class Ballot
{
    private readonly List<BallotChoice> _choices = [];

    private Ballot() { }

    public Guid Id { get; private set; }
    public Guid PollId { get; private set; }
    public string VoterKey { get; private set; } = "";

    /// <summary>Null for a guest.</summary>
    public ParticipantRole? Role { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public IReadOnlyList<BallotChoice> Choices => _choices;
    public int? Score { get; private set; }
    public DateTimeOffset CastAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Ballot Cast(Poll poll, Attendance voter, BallotInput input, DateTimeOffset now)
    {
        poll.EnsureOpen(now);
        if (voter.WorkshopId != poll.WorkshopId)
        {
            throw new DomainRuleException("Ce sondage appartient à un autre atelier.");
        }

        poll.EnsureMayVote(voter);

        var ballot = new Ballot
        {
            Id = Guid.NewGuid(),
            PollId = poll.Id,
            VoterKey = voter.ParticipantKey,
            Role = voter.Role,
            OrganisationId = voter.OrganisationId,
            CastAt = now,
        };
        ballot.Apply(poll, input, now);
        return ballot;
    }

    public void Change(Poll poll, BallotInput input, DateTimeOffset now)
    {
        poll.EnsureOpen(now);
        if (poll.Id != PollId)
        {
            throw new DomainRuleException("Ce bulletin appartient à un autre sondage.");
        }

        Apply(poll, input, now);
    }

    private void Apply(Poll poll, BallotInput input, DateTimeOffset now)
    {
        var (choices, score) = poll.Validate(input);
        _choices.Clear();
        _choices.AddRange(choices);
        Score = score;
        UpdatedAt = now;
    }
}
