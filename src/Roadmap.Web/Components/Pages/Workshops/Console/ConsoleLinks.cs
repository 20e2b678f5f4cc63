using Roadmap.Web.Components.Shared;

namespace Roadmap.Web.Components.Pages.Workshops.Console;

/// <summary>The console's addresses: the page, its confirmation to end the workshop, and the live fragments.</summary>
public static class ConsoleLinks
{
    public static string Page(Guid workshopId) => Links.WorkshopConsole(workshopId);

    /// <summary>Where a console form sends the facilitator back (post-redirect-get): the status to show, then the section it concerns.</summary>
    public static string After(Guid workshopId, string status) =>
        $"{Page(workshopId)}?statut={status}#{ConsoleStatus.Section(status)}";

    public static string End(Guid workshopId) => $"{Page(workshopId)}/terminer";

    /// <summary>The base of the fragments; the part name (<see cref="ConsoleParts"/>) follows.</summary>
    public static string Fragments(Guid workshopId) => $"{Page(workshopId)}/fragments/";
}
