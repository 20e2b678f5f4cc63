using System.Text;
using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.FollowUp.ImportValues;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.FollowUp;

/// <summary>
/// The CSV import of measured values, in two steps without JavaScript: the file is sent and read
/// (<see cref="PreviewValuesImport"/>); the preview lists the lines and every line's problem; « Confirmer
/// l'import » sends the same text again, held in a hidden field of the confirmation form, and
/// <see cref="ImportValues"/> checks it all again before recording. Nothing is kept on the server between
/// the two steps, so any server of a farm can take the confirmation, and an abandoned preview leaves nothing.
/// </summary>
public sealed partial class ImportValuesPage
{
    public const string PreviewForm = "apercu-import";
    public const string ConfirmForm = "confirmer-import";

    /// <summary>How many lines of a preview are shown; all are checked and counted.</summary>
    public const int ShownLines = 200;

    private ValuesImportPage? _page;
    private ValuesImportPreview? _preview;
    private string? _content;
    private UseCaseError? _error;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [SupplyParameterFromQuery(Name = "importees")]
    private int? Imported { get; set; }

    [SupplyParameterFromForm(FormName = PreviewForm, Name = "Fichier")]
    private IFormFile? File { get; set; }

    [SupplyParameterFromForm(FormName = ConfirmForm, Name = "Contenu")]
    private string? Content { get; set; }

    /// <summary>
    /// The confirmation form is rendered after a readable preview, and also while its own post is handled:
    /// static rendering dispatches a post only to a form present on the page it renders.
    /// </summary>
    private bool ShowsConfirmation => _page?.Refusal is null && (_preview?.CanImport == true || (Content is not null && _error is null));

    protected override async Task OnInitializedAsync()
    {
        _page = await Mediator.FindAsync(new GetValuesImport(Slug));
        if (_page is null)
        {
            Navigation.NotFound();
        }
    }

    private async Task PreviewAsync()
    {
        _content = File is null ? "" : await ReadAsync(File);
        var sent = await Mediator.TrySendAsync(new PreviewValuesImport(Slug, _content));
        _preview = sent.Response;
        _error = sent.Error;
    }

    private async Task ConfirmAsync()
    {
        _content = (Content ?? "").ReplaceLineEndings("\n");
        var sent = await Mediator.TrySendAsync(new ImportValues(Slug, _content));
        if (sent.Refused)
        {
            _error = sent.Error;
            return;
        }

        Navigation.NavigateTo($"{Links.ValuesImport(Slug)}?importees={sent.Response.Count}");
    }

    /// <summary>
    /// Reads at most one byte more than the limit, so an oversized file is refused by the use case with its
    /// French message without being read whole; line ends are made the ones the confirmation form will send back.
    /// </summary>
    private static async Task<string> ReadAsync(IFormFile file)
    {
        await using var stream = file.OpenReadStream();
        var buffer = new byte[(int)Math.Min(file.Length, ImportValues.MaxBytes + 1L)];
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false);
        return new UTF8Encoding(false).GetString(buffer, 0, read).ReplaceLineEndings("\n");
    }
}
