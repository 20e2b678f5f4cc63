namespace Roadmap.Infrastructure.Seeding;

public sealed record AdminAccountResult(AdminAccountOutcome Outcome, IReadOnlyList<string> Errors)
{
    public static AdminAccountResult Done(AdminAccountOutcome outcome) => new(outcome, []);

    public static AdminAccountResult Invalid(IEnumerable<string> errors) => new(AdminAccountOutcome.Invalid, [.. errors]);
}
