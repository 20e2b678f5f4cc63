using Roadmap.Application.Common;

namespace Roadmap.Web.Components.Shared;

/// <summary>The public, stable French routes (defined once in <see cref="SiteLinks"/>).</summary>
public static class Links
{
    public static string Roadmap(string slug) => SiteLinks.Roadmap(slug);

    public static string Action(string slug, Guid id) => SiteLinks.Action(slug, id);

    public static string Propose(string slug) => $"{SiteLinks.Roadmap(slug)}/proposer";

    public static string NewWorkshop(string slug) => $"{SiteLinks.Roadmap(slug)}/ateliers/nouveau";

    public static string Workshop(Guid id) => SiteLinks.Workshop(id);

    public static string EditWorkshop(Guid id) => $"{SiteLinks.Workshop(id)}/modifier";

    public static string CancelWorkshop(Guid id) => $"{SiteLinks.Workshop(id)}/annuler";

    public static string WorkshopCalendar(Guid id) => $"{SiteLinks.Workshop(id)}/calendrier.ics";

    public static string WorkshopMinutes(Guid id) => $"{SiteLinks.Workshop(id)}/compte-rendu";

    public static string WorkshopMinutesDownload(Guid id) => $"{SiteLinks.Workshop(id)}/compte-rendu.md";

    public static string WorkshopConsole(Guid id) => $"{SiteLinks.Workshop(id)}/animation";

    public static string WorkshopScreen(Guid id) => $"{SiteLinks.Workshop(id)}/ecran";

    public static string WorkshopScreenQr(Guid id) => $"{SiteLinks.Workshop(id)}/ecran/qr.svg";

    public static string Join() => "/rejoindre";

    public static string Join(string joinCode) => SiteLinks.JoinWorkshop(joinCode);

    public static string RoadmapDocument(string slug) => $"{SiteLinks.Roadmap(slug)}/document";

    public static string RoadmapDocx(string slug) => $"{SiteLinks.Roadmap(slug)}/document.docx";

    public static string Datasets(string slug) => $"{SiteLinks.Roadmap(slug)}/donnees";

    public static string DatasetFile(string slug, string dataset, Web.OpenData.DatasetFormat format) =>
        $"{Datasets(slug)}/{Web.OpenData.DatasetFile.NameOf(dataset, format)}";

    public static string ActionPilots(string slug, Guid id) => $"{SiteLinks.Action(slug, id)}/pilotes";

    public static string ActionProgress(string slug, Guid id) => $"{SiteLinks.Action(slug, id)}/avancement";

    public static string NewActionUpdate(string slug, Guid id) => $"{SiteLinks.Action(slug, id)}/points-d-etape/nouveau";

    public static string ActionUpdate(string slug, Guid actionId, Guid updateId) => SiteLinks.ActionUpdate(slug, actionId, updateId);

    public static string Dashboard(string slug) => $"{SiteLinks.Roadmap(slug)}/suivi";

    public static string MyCommune(string slug) => $"{Dashboard(slug)}/ma-commune";

    public static string MyCommune(string slug, Guid communeId) => $"{MyCommune(slug)}?commune={communeId}";

    public static string AxisActions(string slug, Guid axisId) => $"{SiteLinks.Roadmap(slug)}/actions?axe={axisId}";

    public static string ActionIndicators(string slug, Guid id) => $"{SiteLinks.Action(slug, id)}/indicateurs";

    public static string ValuesImport(string slug) => $"{SiteLinks.Roadmap(slug)}/suivi/import";

    public static string MailPreferences() => SiteLinks.MailPreferences();

    public static string Unsubscribe(string token) => SiteLinks.Unsubscribe(token);

    /// <summary>The unsubscribe page once its button did it.</summary>
    public static string Unsubscribed(string token) => $"{SiteLinks.Unsubscribe(token)}?fait=1";

    public const string AccessibilityStatement = "/accessibilite";

    public const string LegalNotice = "/mentions-legales";

    public const string PersonalDataPolicy = "/donnees-personnelles";

    public const string Cookies = "/cookies";
}
