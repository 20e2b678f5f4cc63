using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Administration.ListUsers;
using Roadmap.Application.Administration.SetUserRoles;
using Roadmap.Application.Common;
using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Admin;

/// <summary>
/// Lists accounts with one roles form each (named per account, so one post saves one account).
/// After saving, the page is shown again with a confirmation; a refusal is shown on that account's form.
/// </summary>
public sealed partial class UsersPage
{
    private UserPage? _page;
    private string? _status;
    private string? _error;
    private Guid? _errorFor;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    private string? Query { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private int? PageNumber { get; set; }

    // No form name: whichever account's form was posted binds here.
    [SupplyParameterFromForm]
    private RolesInput? Input { get; set; }

    protected override async Task OnParametersSetAsync() => await LoadAsync();

    private async Task SaveRolesAsync()
    {
        if (Input is null)
        {
            return;
        }

        var roles = Input.Roles.Where(r => r.Value).Select(r => r.Key).ToList();
        var sent = await Mediator.TrySendAsync(new SetUserRoles(Input.UserId, roles));
        if (sent.Refused)
        {
            _error = sent.Refusal.Sentence;
            _errorFor = Input.UserId;
        }
        else
        {
            var name = _page?.Items.FirstOrDefault(u => u.Id == Input.UserId)?.DisplayName ?? "ce compte";
            _status = $"Les rôles de {name} sont enregistrés.";
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var query = Query is { Length: > ListUsers.QueryMaxLength } ? Query[..ListUsers.QueryMaxLength] : Query;
        _page = await Mediator.Send(new ListUsers(query, Paging.Clamp(PageNumber)));
    }

    private static string FormName(Guid userId) => $"roles-{userId:N}";

    private string PageUrl(int page) =>
        $"/admin/utilisateurs?page={page}" + (string.IsNullOrWhiteSpace(Query) ? "" : $"&q={Uri.EscapeDataString(Query)}");

    private sealed class RolesInput
    {
        public Guid UserId { get; set; }

        /// <summary>Role name → checked; unchecked boxes are not posted at all.</summary>
        public Dictionary<string, bool> Roles { get; set; } = [];
    }
}
