using Roadmap.E2E.Tests.Support;

namespace Roadmap.E2E.Tests.Inclusion;

/// <summary>
/// Issue 13, RGAA 10.11 and 10.4, on every kind of page (<see cref="PageTour"/>): read on a 320 px wide screen,
/// and at 1,280 px with the text at 200 %, nothing scrolls sideways and no text is cut. Set
/// <c>ROADMAP_SCREENSHOTS</c> to a folder to keep a picture of each page at 320 px for a human to look at.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ReflowTests(KestrelAppFixture app, BrowserFixture browser)
{
    [SkippableFact]
    public async Task EveryPageReadsOnA320PixelWideScreenWithoutScrollingSideways()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var screenshots = Environment.GetEnvironmentVariable("ROADMAP_SCREENSHOTS");
        var problems = new List<string>();
        var tour = new PageTour(app, browser) { PreparePage = (_, page) => page.SetViewportSizeAsync(320, 640) };

        await tour.WalkAsync(async (page, name) =>
        {
            problems.AddRange(await Reflow.FindProblemsAsync(page, name));
            if (!string.IsNullOrEmpty(screenshots))
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"{name}.png"), FullPage = true, Clip = new() { Width = 320, Height = 1200 } });
            }
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [SkippableFact]
    public async Task EveryPageReadsWithItsTextAt200PercentWithoutScrollingSideways()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var problems = new List<string>();
        var tour = new PageTour(app, browser) { PreparePage = (_, page) => page.SetViewportSizeAsync(1280, 800) };

        await tour.WalkAsync(async (page, name) =>
        {
            problems.AddRange(await Reflow.DoubleTextSizeAsync(page, name));
            problems.AddRange(await Reflow.FindProblemsAsync(page, name));
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}
