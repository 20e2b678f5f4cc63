using Microsoft.Playwright;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// RGAA 10.11 (reflow) and 10.4 (text at 200 %): the page scrolls vertically only and no text or control is lost
/// past the edges. A data table may be wider than the screen only inside a <c>.table-scroll</c> region, which
/// scrolls by itself and must fit the screen. Returns the problems so a test lists them for every page at once.
/// </summary>
public static class Reflow
{
    /// <summary>Text, controls and images that stick out of the window or of a box that clips or scrolls them.</summary>
    public static async Task<IReadOnlyList<string>> FindProblemsAsync(IPage page, string pageName)
    {
        var found = await page.EvaluateAsync<string[]>(LostContent);
        return found.Select(p => $"[{pageName}] {p}").ToList();
    }

    /// <summary>
    /// Sets the root font size to 200 % (what a browser's text-only zoom does) and lists the text whose size did
    /// not double with it: a size set in px rather than rem/em does not follow the reader's setting.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DoubleTextSizeAsync(IPage page, string pageName)
    {
        await page.EvaluateAsync(RememberTextSizes);
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
        var fixedSizes = await page.EvaluateAsync<string[]>(TextThatDidNotGrow);
        return fixedSizes.Select(e => $"[{pageName}] taille de texte fixe (ne suit pas l'agrandissement à 200 %) : {e}").ToList();
    }

    // The elements that hold text themselves, with their size; inline SVG charts scale with their box instead.
    private const string RememberTextSizes = """
        () => {
            window.textSizes = new Map([...document.body.querySelectorAll('*')]
                .filter(e => e.closest('svg') === null && [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
                .map(e => [e, parseFloat(getComputedStyle(e).fontSize)]));
        }
        """;

    private const string TextThatDidNotGrow = """
        () => [...window.textSizes].filter(([e, size]) => parseFloat(getComputedStyle(e).fontSize) < size * 1.9)
            .slice(0, 5).map(([e, size]) => `${size} px → ${getComputedStyle(e).fontSize} : ${e.outerHTML.slice(0, 120)}`)
        """;

    private const string LostContent = """
        () => {
            const root = document.documentElement;
            const width = root.clientWidth;
            const problems = [];
            const tooWide = root.scrollWidth > width;
            if (tooWide) problems.push(`la page fait ${root.scrollWidth} px de large pour une fenêtre de ${width} px`);
            const ignored = e => e.closest('.visually-hidden, .skip-link, script, style, noscript, template, [hidden], [aria-hidden=true]') !== null;
            const clippingBox = e => {
                for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return a;
                }
                return null;
            };
            const reported = new Set();
            const check = (owner, rects) => {
                rects = rects.filter(r => r.width > 0 && r.height > 0);
                if (rects.length === 0 || reported.has(owner) || ignored(owner)) return;
                const left = Math.min(...rects.map(r => r.left)), right = Math.max(...rects.map(r => r.right));
                const box = clippingBox(owner);
                if (box !== null && box.matches('.table-scroll')) return;
                const edge = box === null ? { left: 0, right: width } : box.getBoundingClientRect();
                if (left >= edge.left - 1 && right <= edge.right + 1) return;
                reported.add(owner);
                const where = box === null ? 'hors de la fenêtre' : `coupé par ${box.outerHTML.slice(0, 80)}`;
                problems.push(`${where} (${Math.round(left)} → ${Math.round(right)} px) : ${owner.outerHTML.slice(0, 140)}`);
            };
            const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = texts.nextNode(); node; node = texts.nextNode()) {
                if (!node.textContent.trim() || !node.parentElement) continue;
                const range = document.createRange();
                range.selectNodeContents(node);
                check(node.parentElement, [...range.getClientRects()]);
            }
            for (const e of document.body.querySelectorAll('input, select, textarea, button, img, svg, video, iframe, .table-scroll')) {
                check(e, [e.getBoundingClientRect()]);
            }
            // A region that scrolls sideways must be reachable and named for keyboard and screen reader users.
            for (const region of document.body.querySelectorAll('.table-scroll')) {
                if (region.scrollWidth > region.clientWidth + 1 && !(region.tabIndex === 0 && region.getAttribute('role') === 'region' && region.getAttribute('aria-label'))) {
                    problems.push(`tableau défilant sans tabindex="0", role="region" et aria-label : ${region.outerHTML.slice(0, 140)}`);
                }
            }

            if (tooWide && problems.length === 1) {
                // The page is too wide but no text sticks out: name the outermost boxes that do.
                const sticksOut = e => e.getBoundingClientRect().right > width + 1;
                problems.push(...[...document.body.querySelectorAll('*')]
                    .filter(e => sticksOut(e) && !(e.parentElement && sticksOut(e.parentElement)) && clippingBox(e) === null)
                    .map(e => `boîte trop large (${Math.round(e.getBoundingClientRect().right)} px) : ${e.outerHTML.slice(0, 140)}`));
            }

            return problems;
        }
        """;
}
