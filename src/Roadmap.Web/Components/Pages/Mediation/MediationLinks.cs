namespace Roadmap.Web.Components.Pages.Mediation;

/// <summary>The mediation pages' addresses.</summary>
public static class MediationLinks
{
    public const string Record = "/mediation";
    public const string Mine = "/mediation/contributions";

    public static string RecordFor(Guid actionId) => $"{Record}?action={actionId}";

    public static string RecordOn(Guid roadmapId) => $"{Record}?feuille={roadmapId}";

    public static string Correct(Guid id) => $"{Mine}/{id}";

    public static string Mediators(Guid organisationId) => $"/admin/organisations/{organisationId}/mediateurs";
}
