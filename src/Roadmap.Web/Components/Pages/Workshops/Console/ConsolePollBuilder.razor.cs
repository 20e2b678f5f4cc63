using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Workshops.OpenPoll;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

public sealed partial class ConsolePollBuilder
{
    public const string FormName = "ouvrir-sondage";

    private UseCaseError? _error;
    private bool _submitted;

    /// <summary>The roadmap's actions an option may point to.</summary>
    [Parameter]
    public IReadOnlyList<PollActionChoice> Actions { get; set; } = [];

    [SupplyParameterFromForm(FormName = FormName, Name = "Poll")]
    private PollFormModel? Posted { get; set; }

    private PollFormModel Model => Posted ??= PollFormModel.New();

    private bool HasOpenPoll => State.Polls.Any(p => p.IsOpen);

    /// <summary>Folded while a poll runs, so the results and the ideas stay in sight; unfolded again when being filled in.</summary>
    private bool IsOpen => !HasOpenPoll || _submitted;

    private async Task SubmitAsync()
    {
        _submitted = true;
        if (PollFormCommands.TryApply(Model, Model.Command))
        {
            return;
        }

        var unreadable = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var draft = Model.ToDraft(unreadable);
        _error = unreadable.Count > 0
            ? UseCaseError.From(new ValidationFailedException(unreadable))
            : await SendAsync(new OpenPoll(WorkshopId, draft), ConsoleStatus.PollOpened);
        if (_error is not null && Model.Options.Count == 0)
        {
            // Rows dropped as blank come back empty, so the facilitator can fill them in.
            Model.Options.AddRange(Enumerable.Range(0, 2).Select(_ => new PollOptionRow()));
        }
    }

    private string? Invalid(string field) => FieldErrors.Invalid(_error, field);

    private string? DescribedBy(string id, string field, bool hint = false) => FieldErrors.DescribedBy(_error, id, field, hint);

    private RenderFragment Messages(string id, string field) => FieldErrors.Render(_error, id, field);
}
