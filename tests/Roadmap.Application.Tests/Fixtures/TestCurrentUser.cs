using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Application.Tests.Fixtures;

/// <summary>The caller a test speaks as; anonymous until <see cref="SignIn"/>.</summary>
internal sealed class TestCurrentUser : ICurrentUser
{
    private HashSet<string> _roles = [];

    public Guid? Id { get; private set; }

    public Guid? OrganisationId { get; private set; }

    public bool IsInRole(string role) => _roles.Contains(role);

    public void SignIn(Guid id, Guid? organisationId, params string[] roles)
    {
        Id = id;
        OrganisationId = organisationId;
        _roles = [.. roles];
    }

    public void SignOut()
    {
        Id = null;
        OrganisationId = null;
        _roles = [];
    }
}
