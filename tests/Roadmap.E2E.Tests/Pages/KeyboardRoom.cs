using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Pages;

/// <summary>
/// Moves through a page as a keyboard user does: Tab (or Shift+Tab) until the focus lands on the
/// control wanted, so that reaching it at all proves the focus order includes it. No mouse, no click.
/// </summary>
public sealed class KeyboardRoom(IPage page)
{
    private const int MaxPresses = 80;

    public IPage Page => page;

    /// <summary>Tabs forward until the focused element matches <paramref name="selector"/>.</summary>
    public Task TabToAsync(string selector) => MoveToAsync(selector, "Tab");

    public Task ShiftTabToAsync(string selector) => MoveToAsync(selector, "Shift+Tab");

    public Task<bool> FocusedMatchesAsync(string selector) =>
        page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector);

    /// <summary>True when the focused element draws a visible focus ring (an outline or a box shadow).</summary>
    public Task<bool> FocusIsVisibleAsync() => page.EvaluateAsync<bool>(
        """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return false;
            const s = getComputedStyle(e);
            return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== "none");
        }
        """);

    private async Task MoveToAsync(string selector, string key)
    {
        for (var i = 0; i < MaxPresses; i++)
        {
            await page.Keyboard.PressAsync(key);
            if (await FocusedMatchesAsync(selector))
            {
                return;
            }
        }

        var at = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.outerHTML.slice(0, 200) : 'nothing'");
        throw new InvalidOperationException($"{key} never reached {selector} in {MaxPresses} presses; the focus is on {at}.");
    }
}
