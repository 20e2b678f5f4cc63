using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Shared;

/// <summary>The public, stable French routes (defined once in <see cref="SiteLinks"/>).</summary>
public static class Links
{
    public static string Roadmap(string slug) => SiteLinks.Roadmap(slug);

    public static string Action(string slug, Guid id) => SiteLinks.Action(slug, id);

    public static string Propose(string slug) => $"{SiteLinks.Roadmap(slug)}/proposer";
}
