namespace Roadmap.Application.Domain.Workshops;

public sealed partial class Poll
{
    public void EnsureOpen(DateTimeOffset now)
    {
        if (!IsOpenAt(now))
        {
            throw new DomainRuleException(ClosedRefusal);
        }
    }

    /// <summary>Refuses a guest's ballot in a poll kept to signed-in participants.</summary>
    public void EnsureMayVote(Attendance voter)
    {
        if (voter.IsGuest && !GuestsMayVote)
        {
            throw new DomainRuleException("Ce sondage est réservé aux personnes connectées : les invité·es ne peuvent pas y voter.");
        }
    }

    /// <summary>Checks a ballot against this poll's kind and returns what is stored: the choices and the score.</summary>
    public (IReadOnlyList<BallotChoice> Choices, int? Score) Validate(BallotInput input)
    {
        var optionIds = input.OptionIds ?? [];
        var points = input.Points ?? [];
        return Kind switch
        {
            PollKind.SingleChoice when optionIds.Count == 1 && points.Count == 0 && input.Score is null => (Choices(optionIds), null),
            PollKind.SingleChoice => throw new DomainRuleException("Choisissez une seule option."),
            PollKind.MultipleChoice when optionIds.Count >= 1 && optionIds.Count <= MaxChoices && points.Count == 0 && input.Score is null => (Choices(optionIds), null),
            PollKind.MultipleChoice => throw new DomainRuleException($"Choisissez de 1 à {MaxChoices} options."),
            PollKind.DotVoting when optionIds.Count == 0 && input.Score is null => (Dots(points), null),
            PollKind.Scale when optionIds.Count == 0 && points.Count == 0 && input.Score is >= ScaleMin and <= ScaleMax => ([], input.Score),
            PollKind.Scale => throw new DomainRuleException($"Donnez une note de {ScaleMin} à {ScaleMax}."),
            _ => throw new DomainRuleException($"Répartissez de 1 à {Points} points entre les options."),
        };
    }

    private List<BallotChoice> Choices(IReadOnlyList<Guid> optionIds)
    {
        if (optionIds.Distinct().Count() != optionIds.Count)
        {
            throw new DomainRuleException("Une option ne peut être choisie qu'une fois.");
        }

        EnsureKnown(optionIds);
        return [.. optionIds.Select(id => new BallotChoice(id, 1))];
    }

    private List<BallotChoice> Dots(IReadOnlyList<OptionPoints> points)
    {
        if (points.Any(p => p.Points < 0) || points.Select(p => p.OptionId).Distinct().Count() != points.Count)
        {
            throw new DomainRuleException("Donnez à chaque option un nombre de points positif, une seule fois.");
        }

        var given = points.Where(p => p.Points > 0).ToList();
        var total = given.Sum(p => (long)p.Points);
        if (total < 1 || total > Points)
        {
            throw new DomainRuleException($"Répartissez de 1 à {Points} points entre les options.");
        }

        EnsureKnown(given.Select(p => p.OptionId));
        return [.. given.Select(p => new BallotChoice(p.OptionId, p.Points))];
    }

    private void EnsureKnown(IEnumerable<Guid> optionIds)
    {
        if (optionIds.Any(id => _options.All(o => o.Id != id)))
        {
            throw new DomainRuleException("Cette option n'existe pas dans ce sondage.");
        }
    }
}
