using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Roadmap.Application.Account;
using Roadmap.Application.Account.ResendConfirmation;
using Roadmap.Application.Domain.Users;

namespace Roadmap.Web.Components.Account;

internal enum SignInVerdict
{
    Succeeded,
    Failed,
    LockedOut,
    Unconfirmed,
}

/// <summary>
/// The password check of the sign-in page and of the API's token endpoint. An unconfirmed address
/// (when <see cref="AccountOptions.RequireConfirmedEmail"/>) is refused only after the right
/// password, so the refusal tells nothing to whoever does not know it; the owner is then sent a new
/// link (at most one every two minutes), which makes « nous vous avons écrit » true even for an
/// account opened before confirmation was required.
/// </summary>
internal sealed class PasswordCheck(SignInManager<ApplicationUser> signIn, IOptions<AccountOptions> options, IMediator mediator)
{
    public const string UnconfirmedMessage = "Confirmez d'abord votre adresse : nous vous avons écrit.";

    public async Task<(SignInVerdict Verdict, ApplicationUser? User)> CheckAsync(string? email, string? password, CancellationToken cancellationToken = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        var result = user is null || string.IsNullOrEmpty(password)
            ? SignInResult.Failed
            : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return (SignInVerdict.LockedOut, user);
        }

        if (!result.Succeeded)
        {
            return (SignInVerdict.Failed, null);
        }

        if (options.Value.RequireConfirmedEmail && !user!.EmailConfirmed)
        {
            await mediator.Send(new ResendConfirmation(user.Email!), cancellationToken);
            return (SignInVerdict.Unconfirmed, null);
        }

        return (SignInVerdict.Succeeded, user);
    }
}
