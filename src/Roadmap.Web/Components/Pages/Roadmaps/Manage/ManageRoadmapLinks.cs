using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Pages.Roadmaps.Manage;

/// <summary>The address of a roadmap's management page.</summary>
public static class ManageRoadmapLinks
{
    public static string Manage(string slug) => $"{SiteLinks.Roadmap(slug)}/gestion";
}
