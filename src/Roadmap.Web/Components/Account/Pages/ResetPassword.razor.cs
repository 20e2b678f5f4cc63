using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Account;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class ResetPassword
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;
    private string _passwordHint = "";
    private bool _linkIsWellFormed;

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "reinitialiser")]
    private ResetPasswordInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? Code { get; set; }

    [SupplyParameterFromQuery(Name = "email")]
    private string? EmailFromLink { get; set; }

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    protected override void OnInitialized()
    {
        // A first visit comes from the link (code in the query); the post carries it in a hidden field.
        Input ??= new() { Code = Code ?? "", Email = EmailFromLink ?? "" };
        _form = new EditContext(Input);
        _errors = new ValidationMessageStore(_form);
        _passwordHint = PasswordHint.For(Users.Options.Password);
        _linkIsWellFormed = Decode(Input.Code) is not null;
    }

    private async Task SubmitAsync()
    {
        var valid = _form.Validate();
        valid &= await IdentityErrors.CheckNewPasswordAsync(_form, _errors, Users, Input.Password, _form.Field(nameof(ResetPasswordInput.Password)));
        if (valid)
        {
            await ResetAsync();
        }

        Input.Password = "";
        Input.ConfirmPassword = "";
    }

    private async Task ResetAsync()
    {
        var user = await Users.FindByEmailAsync(Input.Email.Trim());

        // An unknown address gets the same answer as a wrong link, so the form reveals no account.
        var result = user is null
            ? IdentityResult.Failed(Users.ErrorDescriber.InvalidToken())
            : await Users.ResetPasswordAsync(user, Decode(Input.Code)!, Input.Password);
        if (!result.Succeeded)
        {
            IdentityErrors.Show(_form, _errors, result, FieldOf);
            return;
        }

        // Whoever could open the link owns the mailbox: a lockout from earlier failed attempts no longer
        // protects anything, and the address is confirmed (saved with the lockout's end).
        user!.EmailConfirmed = true;
        await Users.SetLockoutEndDateAsync(user!, null);
        await Users.ResetAccessFailedCountAsync(user!);
        Redirects.RedirectToWithStatus(AccountPaths.Login, AccountStatus.PasswordReset, HttpContext);
    }

    private FieldIdentifier? FieldOf(IdentityError error) =>
        IdentityErrors.IsAboutNewPassword(error) ? _form.Field(nameof(ResetPasswordInput.Password)) : null;

    private static string? Decode(string code) => AccountCodes.Decode(code);

    private sealed class ResetPasswordInput
    {
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Indiquez l'adresse électronique de votre compte.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un nouveau mot de passe.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Saisissez à nouveau le nouveau mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
