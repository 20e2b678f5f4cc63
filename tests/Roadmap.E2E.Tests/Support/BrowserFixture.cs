using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// One headless Chromium for the whole run. It is the system's Chromium (never a downloaded one):
/// <c>ROADMAP_TEST_CHROMIUM</c>, else /usr/bin/chromium; without it the journeys are skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string DefaultChromium = "/usr/bin/chromium";

    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Why the journeys cannot run here, or null when a browser is ready.</summary>
    public string? SkipReason { get; private set; }

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ROADMAP_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(executable))
        {
            SkipReason = $"Chromium introuvable ({executable}) : parcours navigateur ignorés";
            return;
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // Other test assemblies run alongside on two cores: give page updates more than the default 5 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>
    /// A fresh context (no cookies shared between tests) that resolves relative URLs against the app;
    /// <paramref name="selfSignedSite"/> for a site whose certificate the test made (nginx in front of two nodes).
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri baseAddress, bool selfSignedSite = false) =>
        (_browser ?? throw new InvalidOperationException(SkipReason)).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "fr-FR",
            IgnoreHTTPSErrors = selfSignedSite,
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
