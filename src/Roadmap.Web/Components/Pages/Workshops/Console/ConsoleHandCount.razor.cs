using System.Globalization;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Domain.Workshops;
using Roadmap.Application.Workshops.CountHands;
using Roadmap.Application.Workshops.Polls;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

public sealed partial class ConsoleHandCount
{
    private UseCaseError? _error;

    [Parameter, EditorRequired]
    public PollView PollView { get; set; } = default!;

    // Bound from whichever poll's count was posted (keys: option ids); each poll's form has its own name, so only that poll acts.
    [SupplyParameterFromForm]
    private Dictionary<string, string?>? HandCounts { get; set; }

    public static string FormNameOf(Guid pollId) => $"compter-mains-{pollId:N}";

    private string FormName => FormNameOf(PollView.Id);

    private string HintId => $"{FormName}-aide";

    private string ErrorId => $"{FormName}-erreur";

    private bool Dots => PollView.Kind == PollKind.DotVoting;

    private static string InputId(Guid optionId) => $"decompte-{optionId:N}";

    /// <summary>What was just typed when the entry was refused, else the count stored last (empty when none).</summary>
    private string? Value(Guid optionId) =>
        _error is not null && HandCounts is not null && HandCounts.TryGetValue(optionId.ToString("N"), out var typed) ? typed
        : PollView.Results.Hands?.Options.FirstOrDefault(o => o.OptionId == optionId)?.Count.ToString(CultureInfo.InvariantCulture);

    private async Task CountAsync()
    {
        var counts = new List<OptionHandCount>();
        foreach (var option in PollView.Options)
        {
            var text = HandCounts?.GetValueOrDefault(option.Id.ToString("N"))?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                counts.Add(new OptionHandCount(option.Id, 0));
            }
            else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            {
                counts.Add(new OptionHandCount(option.Id, count));
            }
            else
            {
                _error = Refusal($"« {option.Text} » : indiquez un nombre entier, 0 si personne.");
                return;
            }
        }

        _error = await SendAsync(new CountHands(WorkshopId, PollView.Id, counts), ConsoleStatus.HandsCounted);
    }
}
