using MediatR;
using Microsoft.AspNetCore.Components;
using Roadmap.Application.Common;
using Roadmap.Application.Domain.Organisations;
using Roadmap.Application.Organisations;
using Roadmap.Application.Organisations.ListParentChoices;
using Roadmap.Application.Organisations.SearchOrganisations;

namespace Roadmap.Web.Components.Pages.Admin.Organisations;

/// <summary>
/// Searches organisations (GET, no script): by name, INSEE code, SIREN or postcode, kind and parent;
/// 50 per page, paged by the database. Each name leads to its form, each parent to its organisations.
/// </summary>
public sealed partial class OrganisationsPage
{
    public const string Path = "/admin/organisations";

    private OrganisationPage? _page;
    private IReadOnlyList<ParentChoice> _parents = [];
    private OrganisationKind? _kind;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "q")]
    private string? Query { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    private string? Kind { get; set; }

    [SupplyParameterFromQuery(Name = "parent")]
    private Guid? Parent { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private int? PageNumber { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // Anything the form could not have sent (an unknown type, a query too long) is read as the nearest search.
        _kind = Enum.GetValues<OrganisationKind>().Cast<OrganisationKind?>().FirstOrDefault(k => k.ToString() == Kind);
        var query = Query is { Length: > SearchOrganisations.QMaxLength } ? Query[..SearchOrganisations.QMaxLength] : Query;
        _parents = await Mediator.Send(new ListParentChoices(Parent));
        _page = await Mediator.Send(new SearchOrganisations(query, _kind, Parent, Paging.Clamp(PageNumber)));
    }

    internal static string ParentLabel(ParentChoice parent) =>
        $"{parent.Name} — {parent.Kind.French()}{(parent.OfficialCode is null ? "" : $", {parent.OfficialCode}")}";

    private static string KindLabel(OrganisationSummary organisation) =>
        organisation.EpciKind is { } epciKind ? $"{organisation.Kind.French()} — {epciKind.French()}" : organisation.Kind.French();

    private static string Codes(OrganisationSummary organisation)
    {
        var codes = new List<string>();
        if (organisation.OfficialCode is { } code && code != organisation.Siren)
        {
            codes.Add(organisation.Kind == OrganisationKind.Commune ? $"INSEE {code}" : code);
        }

        if (organisation.Siren is { } siren)
        {
            codes.Add($"SIREN {siren}");
        }

        return string.Join(" · ", codes);
    }

    private static int PageCount(OrganisationPage page) => Math.Max(1, (page.TotalCount + page.PageSize - 1) / page.PageSize);

    private static string Url(string? query, OrganisationKind? kind, Guid? parent, int page)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(query))
        {
            parts.Add($"q={Uri.EscapeDataString(query)}");
        }

        if (kind is { } k)
        {
            parts.Add($"type={k}");
        }

        if (parent is { } p)
        {
            parts.Add($"parent={p}");
        }

        if (page > 1)
        {
            parts.Add($"page={page}");
        }

        return parts.Count == 0 ? Path : $"{Path}?{string.Join('&', parts)}";
    }
}
