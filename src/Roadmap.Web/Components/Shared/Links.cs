namespace Roadmap.Web.Components.Shared;

/// <summary>The public, stable French routes, built in one place.</summary>
public static class Links
{
    public static string Roadmap(string slug) => $"/feuilles-de-route/{slug}";

    public static string Action(string slug, Guid id) => $"/feuilles-de-route/{slug}/actions/{id}";
}
