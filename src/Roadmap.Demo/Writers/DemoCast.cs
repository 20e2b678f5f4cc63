namespace Roadmap.Demo.Writers;

/// <summary>The created demo accounts, found by email.</summary>
internal sealed class DemoCast(IReadOnlyList<DemoParticipant> people)
{
    private readonly Dictionary<string, DemoParticipant> _byEmail = people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<DemoParticipant> People => people;

    public DemoParticipant this[string email] =>
        _byEmail.TryGetValue(email, out var person) ? person : throw new InvalidOperationException($"No demo account {email}.");
}
