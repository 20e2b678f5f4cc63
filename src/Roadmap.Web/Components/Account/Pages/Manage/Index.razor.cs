using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Identity;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account.Pages.Manage;

public sealed partial class Index
{
    private EditContext _form = default!;
    private ValidationMessageStore _errors = default!;
    private ApplicationUser? _user;
    private string _email = "";
    private IReadOnlyList<string> _roles = [];

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private SignInManager<ApplicationUser> SignIn { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "nom-affiche")]
    private DisplayNameInput Input { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _user = await Users.GetUserAsync(HttpContext.User);
        Input ??= new() { DisplayName = _user?.DisplayName ?? "" };
        _form = new EditContext(Input);
        _errors = new ValidationMessageStore(_form);
        if (_user is null)
        {
            // The cookie outlived its account (deleted meanwhile): start over.
            await SignIn.SignOutAsync();
            Redirects.RedirectTo(AccountPaths.Login);
            return;
        }

        _email = _user.Email ?? "";
        var roles = await Users.GetRolesAsync(_user);
        _roles = [.. RoleNames.All.Where(roles.Contains)];
    }

    private async Task SaveDisplayNameAsync()
    {
        if (_user is null)
        {
            return;
        }

        _user.DisplayName = Input.DisplayName.Trim();
        var result = await Users.UpdateAsync(_user);
        if (!result.Succeeded)
        {
            IdentityErrors.Show(_form, _errors, result, _ => null);
            return;
        }

        // The name travels in the cookie's claims: issue it again so the new name shows at once.
        await SignIn.RefreshSignInAsync(_user);
        Redirects.RedirectToWithStatus(AccountPaths.Manage, AccountStatus.DisplayNameChanged, HttpContext);
    }

    private sealed class DisplayNameInput
    {
        [Required(ErrorMessage = "Indiquez le nom à afficher.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Le nom affiché ne doit pas dépasser {1} caractères.")]
        public string DisplayName { get; set; } = "";
    }
}
