using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.EditMinutes;
using Roadmap.Application.Workshops.GetWorkshop;
using Roadmap.Application.Workshops.PublishMinutes;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Manage;

public sealed partial class MinutesPage
{
    private const string Save = "enregistrer";
    private const string Preview = "previsualiser";
    private const string Publish = "publier";
    private const string Saved = "enregistre";
    private const string Published = "publie";

    private WorkshopDetails? _workshop;
    private UseCaseError? _error;
    private string? _previewHtml;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private IMarkdownRenderer Markdown { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromForm(FormName = "compte-rendu")]
    private string? Minutes { get; set; }

    [SupplyParameterFromForm(FormName = "compte-rendu")]
    private string? Command { get; set; }

    [SupplyParameterFromQuery(Name = "statut")]
    private string? Status { get; set; }

    /// <summary>What the textarea shows: what was just posted, else the saved minutes.</summary>
    private string Text => Minutes ?? _workshop?.Minutes ?? "";

    protected override async Task OnInitializedAsync()
    {
        _workshop = await Mediator.FindAsync(new GetWorkshop(Id));
        if (_workshop is null)
        {
            Navigation.NotFound();
            return;
        }

        _previewHtml = _workshop.MinutesHtml;
    }

    private async Task SubmitAsync()
    {
        var text = Minutes ?? "";
        if (Command == Preview)
        {
            _previewHtml = Markdown.ToSafeHtml(text);
            return;
        }

        // Publishing saves the text on screen first: what is published is what the facilitator sees.
        _error = (await Mediator.TrySendAsync(new EditMinutes(Id, text))).Error;
        if (_error is null && Command == Publish)
        {
            _error = (await Mediator.TrySendAsync(new PublishMinutes(Id))).Error;
        }

        if (_error is not null)
        {
            _previewHtml = Markdown.ToSafeHtml(text);
            return;
        }

        Navigation.NavigateTo($"{Links.WorkshopMinutes(Id)}?statut={(Command == Publish ? Published : Saved)}");
    }

    private string? StatusText(WorkshopDetails workshop) => Command is not null ? null : Status switch
    {
        Published => "Le compte rendu est publié : il est visible par tous sur la page de l'atelier.",
        Saved when workshop.MinutesPublishedAt is null => "Le compte rendu est enregistré. Il n'est pas encore publié.",
        Saved => "Le compte rendu est enregistré.",
        _ => null,
    };
}
