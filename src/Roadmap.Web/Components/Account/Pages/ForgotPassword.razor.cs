using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using System.Text;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Domain.Users;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class ForgotPassword
{
    private EditContext _form = default!;

    [Inject] private UserManager<ApplicationUser> Users { get; set; } = default!;

    [Inject] private IEmailSender<ApplicationUser> Email { get; set; } = default!;

    [Inject] private IMailAvailability Mail { get; set; } = default!;

    [Inject] private PublicUrls Urls { get; set; } = default!;

    [Inject] private IOptions<SiteOptions> Site { get; set; } = default!;

    [Inject] private AccountRedirectManager Redirects { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "mot-de-passe-oublie")]
    private ForgotPasswordInput Input { get; set; } = default!;

    private string? Contact => string.IsNullOrWhiteSpace(Site.Value.ContactEmail) ? null : Site.Value.ContactEmail.Trim();

    protected override void OnInitialized()
    {
        Input ??= new();
        _form = new EditContext(Input);
    }

    private async Task SendLinkAsync()
    {
        // No mail can leave: a token would only sit unused (or leak), so none is made.
        if (!Mail.CanSend)
        {
            return;
        }

        var user = await Users.FindByEmailAsync(Input.Email.Trim());
        if (user?.Email is { } email)
        {
            var token = await Users.GeneratePasswordResetTokenAsync(user);
            var link = QueryHelpers.AddQueryString(Urls.Absolute(AccountPaths.ResetPassword), new Dictionary<string, string?>
            {
                ["code"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)),
                ["email"] = email,
            });
            await Email.SendPasswordResetLinkAsync(user, email, HtmlEncoder.Default.Encode(link));
        }

        // Known address or not, the same answer: the page must not reveal who has an account.
        Redirects.RedirectTo(AccountPaths.ForgotPasswordConfirmation);
    }

    private sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Indiquez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Cette adresse électronique n'est pas valide (exemple : prenom.nom@exemple.fr).")]
        public string Email { get; set; } = "";
    }
}
