using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>Layout facts read from the page: direction, overflow, what is on screen.</summary>
public static class Layout
{
    /// <summary>The document's dir attribute and the computed direction of its main content.</summary>
    public static Task<string[]> DirectionAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [document.documentElement.dir, getComputedStyle(document.getElementById('main') ?? document.body).direction, document.documentElement.lang]");

    /// <summary>
    /// How far the page reaches past the viewport sideways, and the element that reaches furthest:
    /// the document's horizontal scroll range and every element beyond either edge (0 when
    /// nothing overflows). Elements inside a box that scrolls or clips sideways (a wide table in
    /// its own scroller) count only through that box; visually hidden 1 px elements are left out.
    /// </summary>
    public static async Task<(double Pixels, string Element)> HorizontalOverflowAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              let worst = document.documentElement.scrollWidth - width, what = 'document';
              const clipped = (e) => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) { if (getComputedStyle(a).overflowX !== 'visible') return true; } return false; };
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.width <= 1 || r.height <= 1 || clipped(e)) continue;
                const beyond = Math.max(r.right - width, -r.left);
                if (beyond > worst) { worst = beyond; what = `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}[${e.getAttribute('data-testid') ?? ''}]`; }
              }
              return [String(worst), what];
            }
            """);
        return (double.Parse(found[0], System.Globalization.CultureInfo.InvariantCulture), found[1]);
    }

    /// <summary>The selector's element lies wholly inside the viewport, as it is now, without scrolling.</summary>
    public static Task<bool> OnScreenAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>(
            "(s) => { const e = document.querySelector(s); if (!e) return false; const r = e.getBoundingClientRect(); return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth; }",
            selector);

    /// <summary>The data-testid (or tag) of the focused element, "body" when focus was dropped.</summary>
    public static Task<string> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return !e || e === document.body ? 'body' : (e.getAttribute('data-testid') ?? e.id ?? e.tagName.toLowerCase()); }");
}
