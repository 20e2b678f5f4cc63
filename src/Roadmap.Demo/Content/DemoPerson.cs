using Roadmap.Application.Domain.Organisations;

namespace Roadmap.Demo.Content;

/// <summary>A demo account: named by its role title (or, for the pilot, an invented name), never after a real person.</summary>
internal sealed record DemoPerson(string Email, string Role, string DisplayName, Func<DemoOrganisations, Organisation>? Organisation = null)
{
    /// <summary>When the account was opened, if earlier than the others' (the Drôme's people, whose roadmap is older).</summary>
    public int? JoinedDaysAgo { get; init; }
}
