using Microsoft.AspNetCore.Identity;

namespace Roadmap.Application.Domain.Users;

/// <summary>An account. Identity owns the credentials; the domain adds a public name and an organisation.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 80;

    /// <summary>Identity's column for the address and the user name.</summary>
    public const int EmailMaxLength = 256;

    public string DisplayName { get; set; } = "";

    public Guid? OrganisationId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// A new account as every way in opens one (registration, the <c>create-admin</c> command): a fresh
    /// id, the address as user name, the creation date. Roles are given by the caller.
    /// </summary>
    public static ApplicationUser Open(string email, string displayName, DateTimeOffset now)
    {
        email = email.Trim();
        return new ApplicationUser { Id = Guid.NewGuid(), UserName = email, Email = email, DisplayName = displayName.Trim(), CreatedAt = now };
    }
}
