using Roadmap.Application.Common.Interfaces;

namespace Roadmap.Demo.Writers;

/// <summary>The demo person a request is sent as; nobody (an anonymous visitor) between them.</summary>
internal sealed class DemoActor : ICurrentUser
{
    private DemoParticipant? _person;

    public Guid? Id => _person?.Id;

    public Guid? OrganisationId => _person?.OrganisationId;

    public bool IsInRole(string role) => _person is { } person && person.Role.ToString() == role;

    public void Become(DemoParticipant? person) => _person = person;
}
