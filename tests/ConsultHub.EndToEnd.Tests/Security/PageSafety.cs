using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Security;

/// <summary>What every page must prove after showing hostile text.</summary>
public static class PageSafety
{
    private static readonly string[] UnsafeScriptSources = ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:", "blob:"];

    /// <summary>
    /// The response's Content-Security-Policy header restricts script to the page's own origin:
    /// <c>script-src 'self'</c> (or <c>default-src</c> when absent) without inline or foreign sources.
    /// </summary>
    public static async Task AssertCspForbidsInlineScriptAsync(IResponse response, string page)
    {
        var header = await response.HeaderValueAsync("content-security-policy");
        Assert.False(string.IsNullOrWhiteSpace(header), $"{page}: the response to {response.Url} has no Content-Security-Policy header.");
        var directives = header!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..]);
        var script = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        Assert.True(script is not null, $"{page}: the CSP '{header}' has neither script-src nor default-src.");
        Assert.Contains("'self'", script);
        foreach (var source in script)
        {
            Assert.DoesNotContain(source, UnsafeScriptSources);
            Assert.False(source.StartsWith("'nonce-", StringComparison.Ordinal) || source.StartsWith("'sha", StringComparison.Ordinal),
                $"{page}: script-src allows inline script by {source}.");
        }
        Assert.Equal(["'none'"], directives.GetValueOrDefault("object-src") ?? []);
    }

    /// <summary>
    /// Every <paramref name="expected"/> text is in the page's rendered text verbatim, no script ran,
    /// no element that could run script was created (even briefly), nothing violated the CSP, and
    /// long unbroken text does not widen the page.
    /// </summary>
    public static async Task AssertShownAsTextAsync(Person person, IEnumerable<string> expected)
    {
        var page = person.Page;
        // Closed disclosures (who is here, links) are not rendered, so innerText would skip them.
        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach((d) => { d.open = true; })");
        var text = await page.EvaluateAsync<string>("() => document.body.innerText");
        foreach (var payload in expected)
        {
            Assert.True(text.Contains(payload, StringComparison.Ordinal), $"{person.Role}: the page does not show '{payload}' as text.");
        }
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), $"{person.Role}: window.__xss is set: a payload ran.");
        var injected = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('img[src=x], svg, svg[onload], iframe, object, embed, a[href^="javascript:" i], script:not([src^="/assets/"])')]
                .concat([...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))))
                .map((el) => el.outerHTML.slice(0, 200))
            """);
        Assert.True(injected.Length == 0, $"{person.Role}: markup was injected: {string.Join(" | ", injected)}");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{person.Role}: long text widens the page by {overflow} px (it scrolls sideways).");
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.getElementsByTagName('title').length"));
        Assert.DoesNotContain("<", await page.TitleAsync());

        var suspicious = await PageProbe.SuspiciousElementsAsync(page);
        Assert.True(suspicious.Length == 0, $"{person.Role}: elements that could run script were created at some point: {string.Join(" | ", suspicious)}");
        var violations = await PageProbe.CspViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{person.Role}: Content-Security-Policy violations: {string.Join(" | ", violations)}");
        var cspConsole = person.ConsoleErrors.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(cspConsole.Count == 0, $"{person.Role}: the console reported CSP violations: {string.Join(" | ", cspConsole)}");
        Assert.True(person.PageErrors.Count == 0, $"{person.Role}: page errors: {string.Join(" | ", person.PageErrors)}");
        Assert.True(person.Dialogs.Count == 0, $"{person.Role}: dialogs opened: {string.Join(" | ", person.Dialogs)}");
    }
}
