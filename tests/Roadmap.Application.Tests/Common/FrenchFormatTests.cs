using System.Runtime.CompilerServices;
using Roadmap.Application.Common;

namespace Roadmap.Application.Tests.Common;

/// <summary>French dates, numbers and clocks have one home, whatever the server's culture and time zone.</summary>
public sealed class FrenchFormatTests
{
    private static readonly DateTimeOffset Winter = new(2026, 1, 15, 13, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Summer = new(2026, 5, 12, 12, 5, 0, TimeSpan.Zero);

    [Fact]
    public void DatesAreWrittenInParisTime()
    {
        Assert.Equal("mardi 12 mai 2026", FrenchFormat.Day(Summer));
        Assert.Equal("14h05", FrenchFormat.Time(Summer));
        Assert.Equal("15 janvier 2026 à 14h05", FrenchFormat.DateTime(Winter));
        Assert.Equal("12 mai 2026", FrenchFormat.Date(new DateOnly(2026, 5, 12)));
    }

    [Theory]
    [InlineData(2026, 1, 15, 6)]
    [InlineData(2026, 7, 15, 5)]
    public void AParisWallClockTimeIsTheRightInstantWrittenInUtc(int year, int month, int day, int utcHour)
    {
        var instant = FrenchFormat.FromParis(new DateOnly(year, month, day), new TimeOnly(7, 0));

        Assert.Equal(TimeSpan.Zero, instant.Offset);
        Assert.Equal(new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void TimeElementInstantsStopAtTheSecond()
    {
        var at = new DateTimeOffset(2026, 5, 12, 12, 5, 9, TimeSpan.FromHours(2)).AddTicks(6_267_000);

        Assert.Equal("2026-05-12T12:05:09+02:00", FrenchFormat.Instant(at));
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(65, "1:05")]
    [InlineData(75, "1:15")]
    [InlineData(3720, "1:02:00")]
    [InlineData(90000, "25:00:00")]
    public void TheClockReadsMinutesThenSeconds(int seconds, string text)
    {
        Assert.Equal(text, FrenchFormat.Clock(seconds));
    }

    [Fact]
    public void NoOtherSourceFileCreatesTheFrenchCultureOrTheParisZone()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var homes = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("\"fr-FR\"", StringComparison.Ordinal) || text.Contains("\"Europe/Paris\"", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();

        Assert.Equal([Path.Combine("Roadmap.Application", "Common", "FrenchFormat.cs")], homes);
    }

    private static string RepositoryRoot([CallerFilePath] string here = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (!File.Exists(Path.Combine(directory.FullName, "Roadmap.sln")))
        {
            directory = directory.Parent!;
        }

        return directory.FullName;
    }
}
