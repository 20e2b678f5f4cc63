using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Roadmap.Application.Account.RequestAddressChange;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Account.Pages.Manage;

public sealed partial class ChangeAddress
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "adresse")]
    private ChangeAddressInput Input { get; set; } = default!;

    protected override void OnInitialized()
    {
        Input ??= new();
        _form = new EditContext(Input);
        _errors = new ValidationMessageStore(_form);
    }

    private async Task SubmitAsync()
    {
        var sent = await Mediator.TrySendAsync(new RequestAddressChange(Input.NewEmail, Input.Password));
        Input.Password = "";
        if (sent.Error is { } error)
        {
            FormRefusals.Show(_form, _errors, error, nameof(ChangeAddressInput.NewEmail), nameof(ChangeAddressInput.Password));
            return;
        }

        // A free address or a taken one: the same confirmation, so the form tells nobody who has an account.
        Redirects.RedirectToWithStatus(AccountPaths.Manage, AccountStatus.AddressChangeRequested, HttpContext);
    }

    private sealed class ChangeAddressInput
    {
        [Required(ErrorMessage = "Indiquez la nouvelle adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        [StringLength(ApplicationUser.EmailMaxLength, ErrorMessage = "L'adresse électronique ne doit pas dépasser {1} caractères.")]
        public string NewEmail { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre mot de passe actuel.")]
        public string Password { get; set; } = "";
    }
}
