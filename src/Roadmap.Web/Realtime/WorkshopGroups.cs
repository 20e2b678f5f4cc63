namespace Roadmap.Web.Realtime;

/// <summary>SignalR groups of a workshop: everyone in it, its facilitators, each poll's voters, and each participant's connections.</summary>
internal static class WorkshopGroups
{
    public static string Room(Guid workshopId) => $"workshop:{workshopId:N}";

    public static string Facilitators(Guid workshopId) => $"workshop:{workshopId:N}:facilitators";

    /// <summary>Those who voted in an open poll, facilitators apart: who receives its live results (decision 054).</summary>
    public static string Voters(Guid workshopId, Guid pollId) => $"workshop:{workshopId:N}:poll:{pollId:N}:voters";

    public static string Participant(Guid workshopId, string participantKey) => $"workshop:{workshopId:N}:participant:{participantKey}";
}
