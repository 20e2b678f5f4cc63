using System.Globalization;
using Microsoft.Playwright;
using Roadmap.E2E.Tests.Support;
using Xunit.Abstractions;

namespace Roadmap.E2E.Tests.Inclusion;

/// <summary>
/// Issue 13: every kind of page (<see cref="PageTour"/>) weighs under 100 KB on a first visit — HTML, CSS,
/// scripts and images as they cross the network (compressed, headers included), the browser cache off.
/// Prints the weight of each page.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class PageWeightTests(KestrelAppFixture app, BrowserFixture browser, ITestOutputHelper output)
{
    private const long Budget = 100 * 1024;

    [SkippableFact]
    public async Task EveryPageWeighsUnder100KilobytesOnAFirstVisit()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var meters = new Dictionary<IPage, NetworkMeter>();
        var weights = new List<(string Page, long Bytes, int Responses)>();
        var tour = new PageTour(app, browser) { PreparePage = async (context, page) => meters[page] = await NetworkMeter.AttachAsync(context, page) };

        await tour.WalkAsync(async (page, name) =>
        {
            // Loaded again from nothing, so what the tour did before on this page is not counted.
            var meter = meters[page];
            meter.Reset();
            await page.ReloadAsync(new() { WaitUntil = WaitUntilState.NetworkIdle });
            weights.Add((name, meter.Bytes, meter.Responses));
        });

        var table = string.Join(Environment.NewLine, weights.Select(w =>
            string.Create(CultureInfo.InvariantCulture, $"{w.Page,-40} {w.Bytes / 1024.0,7:0.0} Ko  {w.Responses,2} réponses")));
        output.WriteLine(table);
        var heavy = weights.Where(w => w.Bytes >= Budget).Select(w => w.Page).ToList();
        Assert.True(heavy.Count == 0, $"Pages de 100 Ko ou plus : {string.Join(", ", heavy)}{Environment.NewLine}{table}");
    }
}
