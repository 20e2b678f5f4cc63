using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.FollowUp.GetActionFollowUp;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Actions.FollowUp;

/// <summary>
/// What the follow-up pages of an action share (pilots, progress, indicators): its address (<see cref="Slug"/>
/// and <see cref="Id"/>), the <c>?statut=</c> confirmation each change comes back with, and reading the action.
/// </summary>
public abstract class ActionFollowUpPageBase : ComponentBase
{
    [Inject] protected IMediator Mediator { get; set; } = default!;

    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public Guid Id { get; set; }

    [SupplyParameterFromQuery(Name = "statut")]
    protected string? Status { get; set; }

    /// <summary>
    /// The action's follow-up; null once the page has answered « introuvable »: an unknown or hidden action, the
    /// address of another roadmap, or (<paramref name="followedUpOnly"/>) an action that is not followed up.
    /// </summary>
    protected async Task<ActionFollowUp?> LoadFollowUpAsync(bool followedUpOnly)
    {
        var read = await Mediator.TrySendAsync(new GetActionFollowUp(Id));
        if (read.Refused || read.Response.RoadmapSlug != Slug || (followedUpOnly && !read.Response.IsFollowedUp))
        {
            Navigation.NotFound();
            return null;
        }

        return read.Response;
    }

    protected void Refuse() => Navigation.NavigateTo("/compte/acces-refuse");

    /// <summary>Back to <paramref name="page"/> with its confirmation, so that reloading sends nothing twice.</summary>
    protected void ComeBack(string page, string status) => Navigation.NavigateTo($"{page}?statut={status}");
}
