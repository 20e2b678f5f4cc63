using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>A demo account: named by its role title, never after a real person.</summary>
internal sealed record DemoPerson(string Email, string Role, string DisplayName, Func<DemoOrganisations, Organisation>? Organisation = null);
