namespace Roadmap.Application.Workshops.Access;

/// <summary>
/// A request sent from inside a workshop room. The caller is the signed-in account when there is
/// one, else the guest whose token the hub kept from <c>Join</c> (<see cref="GuestToken"/>).
/// </summary>
public interface IRoomRequest
{
    Guid WorkshopId { get; }

    string? GuestToken { get; }
}
