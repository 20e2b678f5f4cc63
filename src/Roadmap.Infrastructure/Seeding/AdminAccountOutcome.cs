namespace Roadmap.Infrastructure.Seeding;

/// <summary>What <see cref="AdminAccountCreator"/> did; the command line says it in French.</summary>
public enum AdminAccountOutcome
{
    Created,

    /// <summary>An existing account became administrator, with the typed password and a new security stamp.</summary>
    Promoted,

    /// <summary>The address already has an account and <c>--promote</c> was not given: nothing changed.</summary>
    RefusedExisting,

    /// <summary>The password or address broke a rule: nothing changed; the errors say why.</summary>
    Invalid,
}
