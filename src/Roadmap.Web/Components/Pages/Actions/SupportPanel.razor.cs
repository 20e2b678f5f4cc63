using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Participation.EndorseAction;
using Roadmap.Application.Participation.GetSupportTally;
using Roadmap.Application.Participation.SupportAction;
using Roadmap.Application.Participation.WithdrawEndorsement;
using Roadmap.Application.Participation.WithdrawSupport;
using Roadmap.Web.Components.Account;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions;

/// <summary>
/// Loads the tally itself (the action page stays light) and handles its forms: post, then redirect
/// back to the action page, where a one-time cookie carries the confirmation to show.
/// </summary>
public sealed partial class SupportPanel
{
    internal const string StatusCookie = "roadmap.soutien";
    private const string SupportForm = "soutenir";
    private const string WithdrawSupportForm = "retirer-soutien";
    private const string EndorseForm = "cosigner";
    private const string WithdrawEndorsementForm = "retirer-cosignature";

    private static readonly Dictionary<string, string> Statuses = new(StringComparer.Ordinal)
    {
        ["soutien-ajoute"] = "Votre soutien est enregistré. Merci !",
        ["soutien-deja"] = "Vous soutenez déjà cette action.",
        ["soutien-retire"] = "Votre soutien a été retiré.",
        ["cosignature-ajoutee"] = "La co-signature de votre collectivité est enregistrée.",
        ["cosignature-retiree"] = "La co-signature de votre collectivité a été retirée.",
    };

    private SupportTallyView? _tally;
    private string? _status;
    private string? _error;

    [Parameter, EditorRequired]
    public string RoadmapSlug { get; set; } = "";

    [Parameter, EditorRequired]
    public Guid ActionId { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    [Inject]
    private IMediator Mediator { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private string ActionPath => Links.Action(RoadmapSlug, ActionId);

    private string LoginUrl => AccountPaths.WithReturnUrl(AccountPaths.Login, ActionPath);

    /// <summary>
    /// A form is shown when it applies, and also when it was just posted from an older copy of the page
    /// (a double click, a second tab): it must be on the page to be handled, and the command then answers.
    /// </summary>
    private bool Shows(string form, bool applies) =>
        applies || (HttpContext is { Request: var request } && HttpMethods.IsPost(request.Method) && request.HasFormContentType
            && request.Form["_handler"] == form);

    protected override async Task OnParametersSetAsync()
    {
        ShowStatusOnce();
        _tally = await Mediator.Send(new GetSupportTally(ActionId));
    }

    private Task SupportAsync() =>
        RunAsync(async () => await Mediator.Send(new SupportAction(ActionId)) ? "soutien-ajoute" : "soutien-deja");

    private Task WithdrawSupportAsync() =>
        RunAsync(async () =>
        {
            await Mediator.Send(new WithdrawSupport(ActionId));
            return "soutien-retire";
        });

    private Task EndorseAsync() =>
        RunAsync(async () =>
        {
            await Mediator.Send(new EndorseAction(ActionId));
            return "cosignature-ajoutee";
        });

    private Task WithdrawEndorsementAsync() =>
        RunAsync(async () =>
        {
            await Mediator.Send(new WithdrawEndorsement(ActionId));
            return "cosignature-retiree";
        });

    /// <summary>Runs the command; a refusal is shown in place (nothing changed), a success redirects.</summary>
    private async Task RunAsync(Func<Task<string>> command)
    {
        var sent = await PageRequests.TryAsync(command);
        if (sent.Refused)
        {
            _error = sent.Error.Message;
            return;
        }

        var status = sent.Response;
        HttpContext?.Response.Cookies.Append(StatusCookie, status, new CookieOptions
        {
            Path = ActionPath,
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = HttpContext.Request.IsHttps,
            MaxAge = AccountStatus.CookieLifetime,
        });
        Navigation.NavigateTo(ActionPath);
    }

    private void ShowStatusOnce()
    {
        if (HttpContext?.Request.Cookies[StatusCookie] is { } key && HttpMethods.IsGet(HttpContext.Request.Method))
        {
            _status = Statuses.GetValueOrDefault(key);
            HttpContext.Response.Cookies.Delete(StatusCookie, new CookieOptions { Path = ActionPath });
        }
    }
}
