using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>
/// A script injected into every page before the app's own (Playwright init scripts are not
/// subject to the page's CSP). It records Content-Security-Policy violations, every element that
/// could run script or load foreign content at the moment it is created (so markup removed again
/// at once is still caught), and when the floor banner changes state, stamped with the system
/// clock the host shares.
/// </summary>
public static class PageProbe
{
    /// <summary>The init script.</summary>
    public const string Script = """
        (() => {
          const w = window;
          w.__cspViolations = [];
          w.__suspicious = [];
          w.__floorStates = [];
          document.addEventListener('securitypolicyviolation', (e) =>
            w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} ${e.sample || ''}`));
          const flag = (el, why) => w.__suspicious.push(`${why}: ${el.outerHTML.slice(0, 200)}`);
          const checkElement = (el) => {
            const tag = el.localName;
            const src = el.getAttribute('src') || '';
            // The app's only script is its module bundle under /assets/; it renders no SVG or images.
            if (tag === 'script' && !src.startsWith('/assets/')) flag(el, 'script');
            if (['iframe', 'frame', 'object', 'embed', 'svg', 'math', 'base'].includes(tag)) flag(el, tag);
            if (tag === 'img' && src === 'x') flag(el, 'img[src=x]');
            if (tag === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') || '')) flag(el, 'javascript: link');
            for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) flag(el, `${a.name} attribute`);
          };
          const recordFloor = (el) => {
            const state = el.getAttribute('data-state');
            const last = w.__floorStates[w.__floorStates.length - 1];
            if (!last || last.state !== state) w.__floorStates.push({ state, at: Date.now() });
          };
          const checkTree = (node) => {
            if (node.nodeType !== 1) return;
            checkElement(node);
            for (const el of node.querySelectorAll('*')) checkElement(el);
            const floors = node.matches('[data-testid=floor-banner]') ? [node] : node.querySelectorAll('[data-testid=floor-banner]');
            for (const el of floors) recordFloor(el);
          };
          new MutationObserver((records) => {
            for (const r of records) {
              if (r.type === 'attributes') {
                checkElement(r.target);
                if (r.attributeName === 'data-state' && r.target.getAttribute('data-testid') === 'floor-banner') recordFloor(r.target);
              } else {
                r.addedNodes.forEach(checkTree);
              }
            }
          }).observe(document, { childList: true, subtree: true, attributes: true });
        })();
        """;

    /// <summary>CSP violations the page reported.</summary>
    public static Task<string[]> CspViolationsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__cspViolations");

    /// <summary>Elements that could have run script, seen at creation or on an attribute change.</summary>
    public static Task<string[]> SuspiciousElementsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__suspicious");

    /// <summary>When (system clock) the floor banner first showed <paramref name="state"/> at or after <paramref name="since"/>; null if it did not.</summary>
    public static async Task<DateTimeOffset?> FloorStateSeenAtAsync(IPage page, string state, DateTimeOffset since)
    {
        var at = await page.EvaluateAsync<double?>(
            "([s, since]) => window.__floorStates.find((x) => x.state === s && x.at >= since)?.at ?? null",
            new object[] { state, since.ToUnixTimeMilliseconds() });
        return at is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds((long)ms) : null;
    }
}
