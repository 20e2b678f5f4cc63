using System.Globalization;
using Roadmap.Application.Domain.Workshops;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>
/// What the poll builder posts. Numbers stay text so a typo gets a message next to its field; option
/// rows are added and removed by submit buttons (<see cref="PollFormCommands"/>), without JavaScript.
/// </summary>
public sealed class PollFormModel
{
    public const int FirstRows = 3;

    public string Command { get; set => field = value ?? ""; } = "";

    public string Kind { get; set => field = value ?? ""; } = nameof(PollKind.SingleChoice);

    public string Question { get; set => field = value ?? ""; } = "";

    public List<PollOptionRow> Options { get; set => field = value ?? []; } = [];

    public string MaxChoices { get; set => field = value ?? ""; } = "";

    public string Points { get; set => field = value ?? ""; } = "";

    public string DurationMinutes { get; set => field = value ?? ""; } = "";

    public string DurationSeconds { get; set => field = value ?? ""; } = "";

    /// <summary>A checkbox posts nothing when unticked, so the ticked state is the exception: guests then may not vote.</summary>
    public bool SignedInOnly { get; set; }

    public static PollFormModel New() => new() { Options = [.. Enumerable.Range(0, FirstRows).Select(_ => new PollOptionRow())] };

    /// <summary>
    /// The draft to send, rows left blank dropped (so error keys like <c>Poll.Options[1]</c> count the rows shown
    /// afterwards); <paramref name="errors"/> gets the French messages of values that could not be read.
    /// </summary>
    public PollDraft ToDraft(Dictionary<string, string[]> errors)
    {
        Options.RemoveAll(o => o.IsBlank);
        var kind = Enum.TryParse<PollKind>(Kind, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Kind, out _) ? parsed : (PollKind?)null;
        if (kind is null)
        {
            errors["Poll.Kind"] = ["Choisissez le type de sondage."];
        }

        var maxChoices = kind == PollKind.MultipleChoice ? Read(MaxChoices, "Poll.MaxChoices", "Le nombre maximal de choix doit être un nombre entier.", errors) : null;
        var points = kind == PollKind.DotVoting ? Read(Points, "Poll.Points", "Le nombre de points doit être un nombre entier.", errors) : null;
        var minutes = Read(DurationMinutes, "Poll.DurationSeconds", "La durée doit être donnée en minutes et secondes entières.", errors);
        var seconds = Read(DurationSeconds, "Poll.DurationSeconds", "La durée doit être donnée en minutes et secondes entières.", errors);
        int? duration = minutes is null && seconds is null ? null : ((minutes ?? 0) * 60) + (seconds ?? 0);

        return new PollDraft(
            kind ?? PollKind.SingleChoice,
            Question,
            kind == PollKind.Scale ? null : [.. Options.Select(o => o.ToDraft())],
            maxChoices,
            points,
            duration,
            GuestsMayVote: !SignedInOnly);
    }

    private static int? Read(string text, string field, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100_000)
        {
            return value;
        }

        errors[field] = [message];
        return null;
    }
}

/// <summary>One option row of the poll builder: a free text, or an action of the roadmap (its title when the text is empty).</summary>
public sealed class PollOptionRow
{
    public string Text { get; set => field = value ?? ""; } = "";

    public string ActionId { get; set => field = value ?? ""; } = "";

    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && !Guid.TryParse(ActionId, out _);

    public PollOptionDraft ToDraft() =>
        new(string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(), Guid.TryParse(ActionId, out var id) ? id : null);
}
