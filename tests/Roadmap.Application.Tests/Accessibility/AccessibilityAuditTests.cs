using Roadmap.Application.Accessibility;

namespace Roadmap.Application.Tests.Accessibility;

public sealed class AccessibilityAuditTests
{
    private static readonly int[] CriteriaPerTheme = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];

    [Fact]
    public void TheAuditCoversTheThirteenThemesAndHundredAndSixCriteriaOfRgaa41()
    {
        var criteria = RgaaCriteria.All;

        Assert.Equal(106, criteria.Count);
        Assert.Equal(CriteriaPerTheme, RgaaCriteria.Audit.Themes.Select(t => t.Met + t.NotMet + t.NotApplicable));
    }

    [Fact]
    public void CriteriaAreNumberedInOrderWithoutGapsWithinEachTheme()
    {
        var expected = CriteriaPerTheme.SelectMany((count, theme) => Enumerable.Range(1, count).Select(n => $"{theme + 1}.{n}"));

        Assert.Equal(expected, RgaaCriteria.All.Select(c => c.Number));
    }

    [Fact]
    public void EveryVerdictHasATitleAndAJustification()
    {
        Assert.All(RgaaCriteria.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title), c.Number);
            Assert.False(string.IsNullOrWhiteSpace(c.Justification), c.Number);
        });
    }

    [Fact]
    public void RateIsTheShareOfApplicableCriteriaMet()
    {
        var audit = RgaaCriteria.Audit;
        var met = RgaaCriteria.All.Count(c => c.Status == CriterionStatus.Met);
        var notMet = RgaaCriteria.All.Count(c => c.Status == CriterionStatus.NotMet);

        Assert.Equal(met, audit.Met);
        Assert.Equal(met + notMet, audit.Applicable);
        Assert.Equal((decimal)met / (met + notMet), audit.Rate);
    }

    [Fact]
    public void FixingOneCriterionRaisesTheRateByOneApplicableCriterion()
    {
        var before = RgaaCriteria.Audit;
        var fixedOne = before.NotMet.First();

        var after = new AccessibilityAudit(before.Date, before.Criteria.Select(c => c == fixedOne ? c with { Status = CriterionStatus.Met } : c));

        Assert.Equal(before.Met + 1, after.Met);
        Assert.Equal(before.Applicable, after.Applicable);
        Assert.Equal((decimal)(before.Met + 1) / before.Applicable, after.Rate);
        Assert.Equal(before.Themes.Single(t => t.Number == fixedOne.Theme).Met + 1, after.Themes.Single(t => t.Number == fixedOne.Theme).Met);
        Assert.DoesNotContain(fixedOne.Number, after.NotMet.Select(c => c.Number));
    }

    [Fact]
    public void ACriterionFoundNotApplicableLeavesBothCounts()
    {
        var audit = new AccessibilityAudit(RgaaCriteria.AuditDate, RgaaCriteria.All.Select(c => c.Number == "13.2" ? c with { Status = CriterionStatus.NotApplicable } : c));

        Assert.Equal(RgaaCriteria.Audit.Met - 1, audit.Met);
        Assert.Equal(RgaaCriteria.Audit.Applicable - 1, audit.Applicable);
    }

    [Theory]
    [InlineData(10, 10, ConformityState.FullyCompliant)]
    [InlineData(9, 10, ConformityState.PartiallyCompliant)]
    [InlineData(5, 10, ConformityState.PartiallyCompliant)]
    [InlineData(4, 10, ConformityState.NotCompliant)]
    [InlineData(0, 0, ConformityState.NotCompliant)]
    public void StateFollowsTheOfficialThresholds(int met, int applicable, ConformityState expected) =>
        Assert.Equal(expected, ConformityStates.From(met, applicable));

    [Fact]
    public void ThemeWithNothingApplicableHasNoRate()
    {
        var multimedia = RgaaCriteria.Audit.Themes.Single(t => t.Number == 4);

        Assert.Equal(0, multimedia.Applicable);
        Assert.Null(multimedia.Rate);
    }
}
