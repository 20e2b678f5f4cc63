using Roadmap.Web.Infrastructure.Redis;

namespace Roadmap.Web.Realtime;

/// <summary>
/// This web node among others (<c>SignalR:Redis</c> set): the coalesced events — results, presence, hands, ideas — go
/// only to the room's connections on this node, each node sending its own, so that a participant gets each of them once
/// whichever node the change was made on (<see cref="LiveMarkRelay"/> tells every node). Alone, a node's room is the
/// whole room and no group is added.
/// </summary>
internal sealed class LiveNode(SharedRedis? redis = null)
{
    /// <summary>Names this process in the group names and the relayed marks; a restarted node is a new one.</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N");

    public bool AmongOthers => redis is not null;

    /// <summary>The room's connections on this node.</summary>
    public string Room(Guid workshopId) => Here(WorkshopGroups.Room(workshopId));

    /// <summary>The room's facilitators' connections on this node.</summary>
    public string Facilitators(Guid workshopId) => Here(WorkshopGroups.Facilitators(workshopId));

    /// <summary>The connections on this node of those who voted in the poll (never a facilitator's: they are in <see cref="Facilitators"/>).</summary>
    public string Voters(Guid workshopId, Guid pollId) => Here(WorkshopGroups.Voters(workshopId, pollId));

    private string Here(string group) => AmongOthers ? $"{group}:node:{Id}" : group;
}
