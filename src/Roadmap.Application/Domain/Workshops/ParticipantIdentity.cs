namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// Who acts in a workshop room, independent of how they are signed in: an account, or a guest
/// known by the hash of their token. <see cref="Key"/> is what ballots, ideas, upvotes and hands
/// are unique on.
/// </summary>
public sealed record ParticipantIdentity
{
    public const int KeyMaxLength = 70;

    private ParticipantIdentity(string key, Guid? userId)
    {
        Key = key;
        UserId = userId;
    }

    public string Key { get; }

    public Guid? UserId { get; }

    public bool IsGuest => UserId is null;

    public static ParticipantIdentity ForUser(Guid userId) => new($"u:{userId:N}", userId);

    public static ParticipantIdentity ForGuestToken(string token) => new($"g:{GuestTokens.Hash(token)}", null);
}
