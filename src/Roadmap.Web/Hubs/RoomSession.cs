using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Roadmap.Application.Workshops.Access;
using Roadmap.Application.Workshops.JoinWorkshop;

namespace Roadmap.Web.Hubs;

/// <summary>
/// What a connection remembers once it joined (kept in <c>Context.Items</c>): the workshop, the
/// participant's key, for a guest the token that is their identity in every later request, and the instant the join
/// was recorded (what a departure of this connection closes).
/// </summary>
internal sealed record RoomSession(Guid WorkshopId, string ParticipantKey, string? GuestToken, bool IsFacilitator, DateTimeOffset JoinedAt)
{
    /// <summary>The query parameter a reconnecting guest's client adds to the hub URL.</summary>
    public const string GuestTokenQuery = "guestToken";

    private const string ItemKey = "roadmap:room-session";

    /// <summary>The polls whose voters' group this connection was put in (decision 054), left with the room.</summary>
    private readonly ConcurrentDictionary<Guid, bool> _votedIn = new();

    public IEnumerable<Guid> VotedIn => _votedIn.Keys;

    /// <summary>Records that this connection voted in the poll; true the first time only.</summary>
    public bool Voted(Guid pollId) => _votedIn.TryAdd(pollId, true);

    public static RoomSession From(JoinResult joined) => new(joined.WorkshopId, joined.ParticipantKey, joined.GuestToken, joined.IsFacilitator, joined.JoinedAt);

    public static RoomSession? Of(HubCallerContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as RoomSession : null;

    /// <summary>The session, or the French refusal the client shows when it has not joined yet.</summary>
    public static RoomSession Require(HubCallerContext context) => Of(context) ?? throw new HubException(WorkshopAccess.NotJoined);

    public void Store(HubCallerContext context) => context.Items[ItemKey] = this;

    public static void Clear(HubCallerContext context) => context.Items.Remove(ItemKey);

    /// <summary>A guest's token: the one this connection already uses, else the one its URL carries (a reconnect).</summary>
    public static string? GuestTokenOf(HubCallerContext context) =>
        Of(context)?.GuestToken ?? context.GetHttpContext()?.Request.Query[GuestTokenQuery].FirstOrDefault();
}
