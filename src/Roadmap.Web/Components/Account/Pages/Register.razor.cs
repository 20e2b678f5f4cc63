using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Account.RegisterAccount;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class Register
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;
    private string _passwordHint = "";

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "inscription")]
    private RegisterInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized()
    {
        Input ??= new();
        _form = new EditContext(Input);
        _errors = new ValidationMessageStore(_form);
        _passwordHint = PasswordHint.For(Users.Options.Password);
    }

    private async Task SubmitAsync()
    {
        var valid = _form.Validate();
        valid &= await IdentityErrors.CheckNewPasswordAsync(_form, _errors, Users, Input.Password, _form.Field(nameof(RegisterInput.Password)));
        if (valid && await RegisterAsync())
        {
            // A new account and an address already taken end here alike, signed out: the page reveals no account.
            Redirects.RedirectTo(AccountPaths.WithReturnUrl(AccountPaths.Registered, ReturnUrl));
        }

        Input.Password = "";
        Input.ConfirmPassword = "";
    }

    private async Task<bool> RegisterAsync()
    {
        var sent = await Mediator.TrySendAsync(new RegisterAccount(Input.DisplayName, Input.Email, Input.Password));
        if (sent.Error is not { } error)
        {
            return true;
        }

        FormRefusals.Show(_form, _errors, error, nameof(RegisterInput.DisplayName), nameof(RegisterInput.Email), nameof(RegisterInput.Password));
        return false;
    }

    private sealed class RegisterInput
    {
        [Required(ErrorMessage = "Indiquez le nom à afficher.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Le nom affiché ne doit pas dépasser {1} caractères.")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        [StringLength(ApplicationUser.EmailMaxLength, ErrorMessage = "L'adresse électronique ne doit pas dépasser {1} caractères.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Saisissez à nouveau le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
