using System.Text;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.Minutes;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.EndWorkshop;

/// <summary>
/// The polls section of the minutes: each poll with its exact results, in total and by role as far as
/// the secrecy of the vote allows (<see cref="PollTally.ByRole"/>), guests' ballots counted apart.
/// </summary>
internal static class MinutesPolls
{
    public static void Write(StringBuilder md, MinutesSource source)
    {
        md.AppendLine().AppendLine("## Sondages").AppendLine();
        if (source.Polls.Count == 0)
        {
            md.AppendLine("Aucun sondage n'a été proposé.");
            return;
        }

        var number = 0;
        foreach (var (poll, tally) in source.Polls)
        {
            number++;
            md.AppendLine().Append("### ").Append(number).Append(". ").AppendLine(MarkdownText.Escape(poll.Question)).AppendLine();
            md.Append('*').Append(Describe(poll)).Append(" — ").Append(MinutesWriter.Count(tally.Ballots, "votant·e", "votant·es")).Append(Guests(poll, tally));
            md.Append(", ouvert de ").Append(FrenchFormat.Time(poll.OpenedAt)).Append(" à ").Append(FrenchFormat.Time(poll.ClosedAt ?? poll.OpenedAt)).AppendLine(".*").AppendLine();
            if (poll.Kind == PollKind.Scale)
            {
                WriteScale(md, tally);
            }
            else
            {
                WriteOptions(md, poll, tally);
            }

            if (tally.Hands is { } hands)
            {
                WriteHands(md, poll, hands);
            }

            if (tally.ByRole.Any(r => r.Role == SecretGroups.Others))
            {
                md.AppendLine().Append("*« ").Append(SecretGroups.OthersLabel).Append(" » réunit les groupes de moins de ")
                    .Append(BallotSecrecy.MinimumGroupSize).AppendLine(" bulletins, jamais montrés à part pour préserver le secret du vote.*");
            }
        }
    }

    private static string Guests(Poll poll, PollTally tally) => poll.GuestsMayVote
        ? $", dont {MinutesWriter.Count(tally.SignedInBallots, "connecté·e", "connecté·es")} et {MinutesWriter.Count(tally.GuestBallots, "invité·e", "invité·es")}"
        : ", vote réservé aux personnes connectées";

    private static string Describe(Poll poll) => poll.Kind switch
    {
        PollKind.MultipleChoice => $"{poll.Kind.French()} ({poll.MaxChoices} au plus)",
        PollKind.DotVoting => $"{poll.Kind.French()} ({poll.Points} points chacun·e)",
        _ => poll.Kind.French(),
    };

    private static void WriteOptions(StringBuilder md, Poll poll, PollTally tally)
    {
        var dots = poll.Kind == PollKind.DotVoting;
        md.Append(dots ? "| Option | Points | Votant·es |" : "| Option | Voix | Part |");
        foreach (var role in tally.ByRole)
        {
            md.Append(' ').Append(role.Label).Append(" |");
        }

        md.AppendLine().Append("|---|---:|---:|").AppendLine(string.Concat(tally.ByRole.Select(_ => "---:|")));
        foreach (var option in poll.Options.OrderBy(o => o.Position))
        {
            var total = tally.Options.First(o => o.OptionId == option.Id);
            md.Append("| ").Append(MarkdownText.Escape(option.Text)).Append(" | ");
            md.Append(dots ? $"{total.Points} | {total.Votes}" : $"{total.Votes} | {Share(total.Votes, tally.Ballots)}").Append(" |");
            foreach (var role in tally.ByRole)
            {
                var own = role.Options.First(o => o.OptionId == option.Id);
                md.Append(' ').Append(dots ? own.Points : own.Votes).Append(" |");
            }

            md.AppendLine();
        }
    }

    /// <summary>The room's count gets its own table, after the online ballots and never added to them.</summary>
    private static void WriteHands(StringBuilder md, Poll poll, HandTally hands)
    {
        var unit = poll.Kind == PollKind.DotVoting ? "Points" : "Voix";
        md.AppendLine().Append("**Décompte dans la salle** (main levée ou papier, saisi à ").Append(FrenchFormat.Time(hands.CountedAt))
            .AppendLine("), compté à part des votes en ligne :").AppendLine();
        md.Append("| Option | ").Append(unit).AppendLine(" dans la salle |").AppendLine("|---|---:|");
        foreach (var option in poll.Options.OrderBy(o => o.Position))
        {
            md.Append("| ").Append(MarkdownText.Escape(option.Text)).Append(" | ").Append(hands.Options.First(o => o.OptionId == option.Id).Count).AppendLine(" |");
        }

        md.Append("| **Total** | **").Append(hands.Total).AppendLine("** |");
    }

    private static void WriteScale(StringBuilder md, PollTally tally)
    {
        var scale = tally.Scale!;
        md.Append("Note moyenne : **").Append(Average(scale.Average)).AppendLine("** sur 5.").AppendLine();
        md.Append("| Note | Votes |");
        foreach (var role in tally.ByRole)
        {
            md.Append(' ').Append(role.Label).Append(" |");
        }

        md.AppendLine().Append("|---:|---:|").AppendLine(string.Concat(tally.ByRole.Select(_ => "---:|")));
        for (var score = Poll.ScaleMin; score <= Poll.ScaleMax; score++)
        {
            md.Append("| ").Append(score).Append(" | ").Append(scale.Distribution[score - Poll.ScaleMin]).Append(" |");
            foreach (var role in tally.ByRole)
            {
                md.Append(' ').Append(role.Scale!.Distribution[score - Poll.ScaleMin]).Append(" |");
            }

            md.AppendLine();
        }

        md.Append("| Moyenne | ").Append(Average(scale.Average)).Append(" |");
        foreach (var role in tally.ByRole)
        {
            md.Append(' ').Append(Average(role.Scale!.Average)).Append(" |");
        }

        md.AppendLine();
    }

    private static string Share(int votes, int ballots) => ballots == 0 ? "—" : $"{Math.Round(100.0 * votes / ballots).ToString("0", FrenchFormat.Culture)} %";

    private static string Average(double? average) => average is { } a ? a.ToString("0.0#", FrenchFormat.Culture) : "—";
}
