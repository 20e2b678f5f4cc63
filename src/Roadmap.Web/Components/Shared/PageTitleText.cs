namespace Roadmap.Web.Components.Shared;

/// <summary>Builds « Page — Roadmap » titles so every page names itself first.</summary>
public static class PageTitleText
{
    public static string Of(string page) => $"{page} — Roadmap";
}
