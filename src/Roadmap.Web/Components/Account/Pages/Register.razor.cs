using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class Register
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;
    private string _passwordHint = "";

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject] private TimeProvider Clock { get; set; } = default!;

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
        if (valid)
        {
            await RegisterAsync();
        }

        Input.Password = "";
        Input.ConfirmPassword = "";
    }

    private async Task RegisterAsync()
    {
        var email = Input.Email.Trim();
        var user = new ApplicationUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            DisplayName = Input.DisplayName.Trim(),
            CreatedAt = Clock.GetUtcNow(),
        };

        var result = await Users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            result = await Users.AddToRoleAsync(user, RoleNames.Citizen);
            if (!result.Succeeded)
            {
                // An account without a role could do nothing: better no account and a message.
                await Users.DeleteAsync(user);
            }
        }

        if (!result.Succeeded)
        {
            IdentityErrors.Show(_form, _errors, result, FieldOf);
            return;
        }

        await SignIn.SignInAsync(user, isPersistent: false);
        Redirects.RedirectToLocal(ReturnUrl);
    }

    private FieldIdentifier? FieldOf(IdentityError error) =>
        IdentityErrors.IsAboutEmail(error) ? new FieldIdentifier(Input, nameof(RegisterInput.Email))
        : IdentityErrors.IsAboutNewPassword(error) ? new FieldIdentifier(Input, nameof(RegisterInput.Password))
        : null;

    private sealed class RegisterInput
    {
        [Required(ErrorMessage = "Indiquez le nom à afficher.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Le nom affiché ne doit pas dépasser {1} caractères.")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne doit pas dépasser {1} caractères.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choisissez un mot de passe.")]
        [StringLength(200, ErrorMessage = "Le mot de passe ne doit pas dépasser {1} caractères.")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Saisissez à nouveau le mot de passe.")]
        [Compare(nameof(Password), ErrorMessage = "Les deux mots de passe ne sont pas identiques.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
