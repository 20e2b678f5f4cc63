using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Domain.Workshops;

/// <summary>
/// Someone's presence in a workshop: one row per participant identity, opened at the first join,
/// marked left when they leave and reopened if they come back. The role and organisation are
/// copied at join so the minutes stay right when accounts change.
/// </summary>
public sealed class Attendance
{
    public const int NameMaxLength = 80;
    public const int GuestNameMinLength = 2;

    private Attendance() { }

    public Guid Id { get; private set; }
    public Guid WorkshopId { get; private set; }
    public string ParticipantKey { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public string DisplayName { get; private set; } = "";

    /// <summary>Null for a guest (signed out, known by a token).</summary>
    public ParticipantRole? Role { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public bool IsFacilitator { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    public DateTimeOffset LastJoinedAt { get; private set; }
    public DateTimeOffset? LeftAt { get; private set; }

    public bool IsGuest => UserId is null;
    public bool IsPresent => LeftAt is null;

    public static Attendance ForMember(Workshop workshop, Guid userId, string displayName, ParticipantRole role, Guid? organisationId, bool isFacilitator, DateTimeOffset now)
    {
        workshop.EnsureJoinable();
        return new Attendance
        {
            Id = Guid.NewGuid(),
            WorkshopId = workshop.Id,
            ParticipantKey = ParticipantIdentity.ForUser(userId).Key,
            UserId = userId,
            DisplayName = Truncated(displayName),
            Role = role,
            OrganisationId = organisationId,
            IsFacilitator = isFacilitator,
            JoinedAt = now,
            LastJoinedAt = now,
        };
    }

    public static Attendance ForGuest(Workshop workshop, string guestToken, string? guestName, DateTimeOffset now)
    {
        workshop.EnsureJoinable();
        if (!workshop.AllowGuests)
        {
            throw new DomainRuleException("Cet atelier est réservé aux personnes connectées : connectez-vous pour le rejoindre.");
        }

        var name = Guard.Text(guestName, NameMaxLength, "Votre nom");
        if (name.Length < GuestNameMinLength)
        {
            throw new DomainRuleException($"Votre nom doit compter au moins {GuestNameMinLength} caractères.");
        }

        return new Attendance
        {
            Id = Guid.NewGuid(),
            WorkshopId = workshop.Id,
            ParticipantKey = ParticipantIdentity.ForGuestToken(guestToken).Key,
            DisplayName = name,
            JoinedAt = now,
            LastJoinedAt = now,
        };
    }

    /// <summary>Joins again (another device, a reconnect): present again, with a fresh snapshot for members.</summary>
    public void Rejoin(Workshop workshop, ParticipantRole? role, Guid? organisationId, bool isFacilitator, DateTimeOffset now)
    {
        workshop.EnsureJoinable();
        if (!IsGuest)
        {
            Role = role;
            OrganisationId = organisationId;
            IsFacilitator = isFacilitator;
        }

        LastJoinedAt = now;
        LeftAt = null;
    }

    public void Leave(DateTimeOffset now) => LeftAt ??= now;

    private static string Truncated(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length > NameMaxLength ? trimmed[..NameMaxLength] : trimmed;
    }
}
