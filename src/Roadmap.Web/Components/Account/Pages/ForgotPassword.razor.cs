using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Roadmap.Application.Account.RequestPasswordReset;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Web.Components.Shared;
using Roadmap.Web.Infrastructure.Site;

namespace Roadmap.Web.Components.Account.Pages;

public sealed partial class ForgotPassword
{
    private EditContext _form = default!;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Inject] private IMailAvailability Mail { get; set; } = default!;

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

        var sent = await Mediator.TrySendAsync(new RequestPasswordReset(Input.Email));
        if (sent.Error is { } error)
        {
            FormRefusals.Show(_form, new ValidationMessageStore(_form), error, nameof(ForgotPasswordInput.Email));
            return;
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
