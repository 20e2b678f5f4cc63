using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class Login
{
    // The same message whether the address is unknown or the password wrong: it must not tell which.
    internal const string FailedMessage = "Adresse ou mot de passe incorrect.";

    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;

    private bool _unconfirmed;

    [Inject] private PasswordCheck Passwords { get; set; } = default!;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [Inject] private ILogger<Login> Logger { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "connexion")]
    private LoginInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    protected override void OnInitialized()
    {
        Input ??= new();
        _form = new EditContext(Input);
        _errors = new ValidationMessageStore(_form);
    }

    private async Task SubmitAsync()
    {
        if (_form.Validate())
        {
            await SignInAsync();
        }

        // Never send a password back in the page.
        Input.Password = "";
    }

    private async Task SignInAsync()
    {
        var (verdict, user) = await Passwords.CheckAsync(Input.Email, Input.Password);
        switch (verdict)
        {
            case SignInVerdict.Succeeded:
                // What PasswordSignInAsync does after its check: « pwd » as the authentication method.
                await SignIn.SignInAsync(user!, Input.RememberMe, authenticationMethod: "pwd");
                Redirects.RedirectToLocal(ReturnUrl);
                return;
            case SignInVerdict.LockedOut:
                Logger.LogWarning("Account {UserId} is locked out after failed sign-ins.", user!.Id);
                Redirects.RedirectTo(AccountPaths.Lockout);
                return;
            case SignInVerdict.Unconfirmed:
                _unconfirmed = true;
                return;
        }

        _errors.Add(new FieldIdentifier(Input, string.Empty), FailedMessage);
        _form.NotifyValidationStateChanged();
    }

    private sealed class LoginInput
    {
        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre mot de passe.")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
