using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common;
using Roadmap.Application.Roadmaps.Axes.AddAxis;
using Roadmap.Application.Roadmaps.Axes.ArchiveAxis;
using Roadmap.Application.Roadmaps.Axes.EditAxis;
using Roadmap.Application.Roadmaps.Axes.GetRoadmapAxes;
using Roadmap.Application.Roadmaps.Axes.ReorderAxes;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Components.Pages.Roadmaps.Manage;

/// <summary>
/// A roadmap's axes for its managers: one small form per button (move up, move down, archive, edit,
/// named per axis), so the page works without JavaScript. After each post the page shows the new state.
/// </summary>
public sealed partial class AxesPage
{
    private RoadmapAxes? _axes;
    private string? _status;
    private Refusal? _refused;
    private UseCaseError? _error;
    private Guid? _errorFor;
    private bool _adding;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Parameter]
    public string Slug { get; set; } = "";

    // No form name: whichever axis's form was posted binds here.
    [SupplyParameterFromForm]
    private AxisInput? Input { get; set; }

    public static string Path(string slug) => $"{SiteLinks.Roadmap(slug)}/axes";

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task AddAsync()
    {
        _adding = true;
        var input = Input ?? new AxisInput();
        var sent = await Mediator.TrySendAsync(new AddAxis(Slug, input.Title ?? "", input.Description ?? "", Lines(input.Objectives)));
        await AfterAsync(sent.Error, null, sent.Refused ? null : $"L'axe « {sent.Response!.Title} » est ajouté.");
        _adding = sent.Refused;
    }

    private async Task EditAsync()
    {
        var input = Input ?? new AxisInput();
        var sent = await Mediator.TrySendAsync(new EditAxis(input.AxisId, input.Title ?? "", input.Description ?? "", Lines(input.Objectives)));
        await AfterAsync(sent.Error, input.AxisId, sent.Refused ? null : $"L'axe « {sent.Response!.Title} » est enregistré.");
    }

    private async Task MoveAsync()
    {
        var input = Input ?? new AxisInput();
        var order = _axes?.Axes.Where(a => !a.Archived).Select(a => a.Id).ToList() ?? [];
        var from = order.IndexOf(input.AxisId);
        var to = from + Math.Sign(input.Offset);
        if (from >= 0 && to >= 0 && to < order.Count)
        {
            (order[from], order[to]) = (order[to], order[from]);
        }

        var sent = await Mediator.TrySendAsync(new ReorderAxes(Slug, order));
        await AfterAsync(sent.Error, null, sent.Refused ? null : "L'ordre des axes est enregistré.");
    }

    private async Task ArchiveAsync()
    {
        var input = Input ?? new AxisInput();
        var title = _axes?.Axes.FirstOrDefault(a => a.Id == input.AxisId)?.Title ?? "";
        var sent = await Mediator.TrySendAsync(new ArchiveAxis(input.AxisId));
        await AfterAsync(sent.Error, null, sent.Refused ? null
            : sent.Response!.Removed ? $"L'axe « {title} » est supprimé."
            : $"L'axe « {title} » est archivé : ses {sent.Response.ActionCount} actions restent lisibles.");
    }

    private async Task AfterAsync(UseCaseError? error, Guid? axisId, string? status)
    {
        _error = error;
        _errorFor = error is null ? null : axisId;
        _status = status;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var sent = await Mediator.TrySendAsync(new GetRoadmapAxes(Slug));
        _axes = sent.Response;
        Refuse(sent.Refusal);
    }

    /// <summary>A caller who may not manage the roadmap reads why, with the refusal's status; an unknown roadmap is a 404.</summary>
    private void Refuse(Refusal? refusal)
    {
        if (refusal is null)
        {
            return;
        }

        if (refusal.Status == StatusCodes.Status404NotFound)
        {
            Navigation.NotFound();
            return;
        }

        _refused = refusal;
        if (HttpContext is { Response.HasStarted: false } context)
        {
            context.Response.StatusCode = refusal.Status;
        }
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private sealed class AxisInput
    {
        public Guid AxisId { get; set; }

        public int Offset { get; set; }

        public string? Title { get; set; }

        public string? Description { get; set; }

        public string? Objectives { get; set; }
    }
}
