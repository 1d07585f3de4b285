using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>One person at their own browser: a separate context (own storage) with one page.</summary>
public sealed class Person : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _pageErrors = new();
    private readonly ConcurrentQueue<string> _consoleErrors = new();
    private readonly ConcurrentQueue<string> _dialogs = new();
    private IResponse? _lastResponse;

    private Person(string role, IBrowserContext context, IPage page)
    {
        Role = role;
        Context = context;
        Page = page;
        page.PageError += (_, message) => _pageErrors.Enqueue(message);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _consoleErrors.Enqueue($"{message.Type}: {message.Text}");
            }
        };
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    /// <summary>Who this is, used in screenshot names and messages.</summary>
    public string Role { get; }

    /// <summary>The person's browser context.</summary>
    public IBrowserContext Context { get; }

    /// <summary>The person's page.</summary>
    public IPage Page { get; }

    /// <summary>Uncaught exceptions in the page.</summary>
    public IReadOnlyCollection<string> PageErrors => _pageErrors;

    /// <summary>Console errors and warnings.</summary>
    public IReadOnlyCollection<string> ConsoleErrors => _consoleErrors;

    /// <summary>alert, confirm and prompt dialogs the page opened.</summary>
    public IReadOnlyCollection<string> Dialogs => _dialogs;

    /// <summary>Opens a new context and page in <paramref name="browser"/>, in the browser's time zone <paramref name="timeZone"/> if given.</summary>
    public static async Task<Person> OpenAsync(IBrowser browser, string role, int width, int height, string? timeZone = null)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, TimezoneId = timeZone });
        context.SetDefaultTimeout((float)Waits.Ui.TotalMilliseconds);
        await context.AddInitScriptAsync(PageProbe.Script);
        var page = await context.NewPageAsync();
        return new Person(role, context, page);
    }

    /// <summary>The response of the last document <see cref="GotoAsync"/> loaded.</summary>
    public IResponse LastResponse => _lastResponse ?? throw new InvalidOperationException($"{Role} has not loaded a page yet.");

    /// <summary>Loads <paramref name="url"/> as a new document and returns the document's response.</summary>
    public async Task<IResponse> GotoAsync(string url)
    {
        _lastResponse = await Page.GotoAsync(url) ?? throw new InvalidOperationException($"{Role}: no response for {url} (same-document navigation?)");
        return _lastResponse;
    }

    /// <summary>An element by its data-testid.</summary>
    public ILocator TestId(string testId) => Page.GetByTestId(testId);

    /// <summary>Waits until the page's hub connection is live.</summary>
    public Task ExpectLiveAsync() => Page.Locator("[data-testid=connection-status][data-status=live]").WaitForAsync();

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
