using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;
using Roadmap.Application.PersonalData.DeleteMyAccount;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Account.Pages.Manage;

/// <summary>Deletes the account (password and a ticked box required), signs out, then says it is done.</summary>
public sealed partial class PersonalDataDelete
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "supprimer-compte")]
    private DeleteInput Input { get; set; } = default!;

    protected override void OnInitialized()
    {
        Input ??= new();
        _form = new EditContext(Input);
        _errors = new ValidationMessageStore(_form);
    }

    private async Task SubmitAsync()
    {
        var valid = _form.Validate();
        var password = Input.Password;

        // Never sent back to the browser, whatever happens next.
        Input.Password = "";
        if (!valid)
        {
            return;
        }

        var sent = await Mediator.TrySendAsync(new DeleteMyAccount(password));
        if (sent.Refused)
        {
            _errors.Add(_form.Field(nameof(DeleteInput.Password)), sent.Refusal.Sentence);
            _form.NotifyValidationStateChanged();
            return;
        }

        await SignIn.SignOutAsync();
        Redirects.RedirectTo(PersonalDataPaths.Deleted);
    }

    private sealed class DeleteInput
    {
        [Required(ErrorMessage = "Saisissez votre mot de passe pour confirmer la suppression.")]
        public string Password { get; set; } = "";

        [Range(typeof(bool), "true", "true", ErrorMessage = "Cochez la case pour confirmer la suppression définitive.")]
        public bool Confirmed { get; set; }
    }
}
