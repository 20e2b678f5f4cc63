namespace Roadmap.Web.Realtime;

/// <summary>SignalR groups of a workshop: everyone in it, its facilitators, and each participant's connections.</summary>
internal static class WorkshopGroups
{
    public static string Room(Guid workshopId) => $"workshop:{workshopId:N}";

    public static string Facilitators(Guid workshopId) => $"workshop:{workshopId:N}:facilitators";

    public static string Participant(Guid workshopId, string participantKey) => $"workshop:{workshopId:N}:participant:{participantKey}";
}
