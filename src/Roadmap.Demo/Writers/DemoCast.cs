namespace Roadmap.Demo.Writers;

/// <summary>The created demo accounts, found by email; a standing approved updates its person's role and organisation.</summary>
internal sealed class DemoCast
{
    private readonly Dictionary<string, DemoParticipant> _byEmail;

    public DemoCast(IEnumerable<DemoParticipant> people) => _byEmail = people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);

    public DemoParticipant this[string email] =>
        _byEmail.TryGetValue(email, out var person) ? person : throw new InvalidOperationException($"No demo account {email}.");

    public void Update(DemoParticipant person) => _byEmail[person.Email] = _byEmail.ContainsKey(person.Email)
        ? person
        : throw new InvalidOperationException($"No demo account {person.Email}.");
}
