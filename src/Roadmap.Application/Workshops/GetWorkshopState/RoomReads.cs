using Roadmap.Application.Common.Caching;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.GetWorkshopState;

/// <summary>
/// What reading a room shares between its callers on this node: the final counts of closed polls, the room's state
/// read once per batch of callers, and the facts from outside the workshop row when the host keeps shared reads.
/// </summary>
internal sealed class RoomReads(ClosedPollCounts closed, RoomSnapshots snapshots, OwnParts own, SharedReadCache? cache = null)
{
    public ClosedPollCounts Closed => closed;

    public RoomSnapshots Snapshots => snapshots;

    public OwnParts Own => own;

    public SharedReadCache? Cache => cache;
}
