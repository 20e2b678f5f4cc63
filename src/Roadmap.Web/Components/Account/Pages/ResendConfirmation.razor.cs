using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Web.Components.Shared;
using Command = Roadmap.Application.Account.ResendConfirmation.ResendConfirmation;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class ResendConfirmation
{
    private EditContext _form = default!;
    private bool _sent;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "renvoyer-confirmation")]
    private ResendInput Input { get; set; } = default!;

    protected override void OnInitialized()
    {
        Input ??= new();
        _form = new EditContext(Input);
    }

    private async Task SendAsync()
    {
        var sent = await Mediator.TrySendAsync(new Command(Input.Email));
        if (sent.Error is { } error)
        {
            FormRefusals.Show(_form, new ValidationMessageStore(_form), error, nameof(ResendInput.Email));
            return;
        }

        // The same answer whatever the address: confirmed, unknown or waiting.
        _sent = true;
    }

    private sealed class ResendInput
    {
        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        public string Email { get; set; } = "";
    }
}
