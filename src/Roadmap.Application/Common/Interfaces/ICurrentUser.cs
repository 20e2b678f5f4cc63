using Roadmap.Application.Domain.Users;

namespace Roadmap.Application.Common.Interfaces;

/// <summary>Who is sending the current request (page, API call or hub message).</summary>
public interface ICurrentUser
{
    /// <summary>The account id, or null for an anonymous visitor.</summary>
    Guid? Id { get; }

    /// <summary>The organisation the account belongs to, if any.</summary>
    Guid? OrganisationId { get; }

    bool IsInRole(string role);
}
