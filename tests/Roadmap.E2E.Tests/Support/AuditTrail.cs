using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// The pages a journey audited and every problem found, so it fails once, at the end, with all of them
/// listed — and with the pages it was meant to audit but never reached.
/// </summary>
public sealed class AuditTrail
{
    private readonly List<string> _problems = [];
    private readonly List<string> _audited = [];

    public IReadOnlyList<string> Audited => _audited;

    public async Task AuditAsync(IPage page, string pageName)
    {
        _problems.AddRange(await PageAudit.FindProblemsAsync(page, pageName));
        _problems.AddRange(await PageAudit.FindReflowProblemsAsync(page, pageName));
        _audited.Add(pageName);
    }

    public void AssertNoProblem(IEnumerable<string> pagesToAudit)
    {
        var problems = _problems.Concat(pagesToAudit.Except(_audited).Select(p => $"[{p}] page jamais auditée.")).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
