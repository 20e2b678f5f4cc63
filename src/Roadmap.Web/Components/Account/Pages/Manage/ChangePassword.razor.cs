using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account.Pages.Manage;

public sealed partial class ChangePassword
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;
    private string _passwordHint = "";

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "mot-de-passe")]
    private ChangePasswordInput Input { get; set; } = default!;

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
        valid &= await IdentityErrors.CheckNewPasswordAsync(_form, _errors, Users, Input.NewPassword, _form.Field(nameof(ChangePasswordInput.NewPassword)));
        if (valid)
        {
            await ChangeAsync();
        }

        Input.CurrentPassword = "";
        Input.NewPassword = "";
        Input.ConfirmPassword = "";
    }

    private async Task ChangeAsync()
    {
        var user = await Users.GetUserAsync(HttpContext.User);
        if (user is null)
        {
            await SignIn.SignOutAsync();
            Redirects.RedirectTo(AccountPaths.Login);
            return;
        }

        var result = await Users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            IdentityErrors.Show(_form, _errors, result, FieldOf);
            return;
        }

        // The security stamp changed with the password; without a fresh cookie this session would soon be signed out.
        await SignIn.RefreshSignInAsync(user);
        Redirects.RedirectToWithStatus(AccountPaths.Manage, AccountStatus.PasswordChanged, HttpContext);
    }

    private FieldIdentifier? FieldOf(IdentityError error) =>
        error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? _form.Field(nameof(ChangePasswordInput.CurrentPassword))
        : IdentityErrors.IsAboutNewPassword(error) ? _form.Field(nameof(ChangePasswordInput.NewPassword))
        : null;

    private sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "Indiquez votre mot de passe actuel.")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un nouveau mot de passe.")]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Saisissez à nouveau le nouveau mot de passe.")]
        [Compare(nameof(NewPassword), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
