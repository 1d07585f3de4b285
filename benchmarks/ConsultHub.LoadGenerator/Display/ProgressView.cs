using ConsultHub.LoadGenerator.Load;
using Spectre.Console;

namespace ConsultHub.LoadGenerator.Display;

/// <summary>
/// A live view of a session's counters while work runs: a Spectre.Console live table on a
/// terminal, plain lines every few seconds when the output is redirected (CI, files).
/// </summary>
public static class ProgressView
{
    private static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/> while showing the session's state.</summary>
    public static async Task<T> RunAsync<T>(string title, LoadSession session, Func<Task<T>> work)
    {
        var task = work();
        if (!Interactive)
        {
            while (await Task.WhenAny(task, Task.Delay(5000)) != task)
            {
                Console.WriteLine($"[{title}] {Line(session)}");
            }
            return await task;
        }
        await AnsiConsole.Live(Render(title, session)).AutoClear(true).StartAsync(async live =>
        {
            while (await Task.WhenAny(task, Task.Delay(500)) != task)
            {
                live.UpdateTarget(Render(title, session));
            }
        });
        return await task;
    }

    /// <summary>Runs work that returns nothing.</summary>
    public static Task RunAsync(string title, LoadSession session, Func<Task> work) =>
        RunAsync(title, session, async () =>
        {
            await work();
            return true;
        });

    private static string Line(LoadSession session)
    {
        var c = session.Counters;
        return $"{session.Phase}; connections {c.Connections:N0}; commands sent {c.Sent:N0}, accepted {c.Accepted:N0}, refused {c.Refused:N0}, errors {c.Errors:N0}, outstanding {c.Outstanding:N0}; deliveries {c.Deliveries:N0}; gaps {c.Gaps}, duplicates {c.Duplicates}, dropped {c.DroppedConnections}; load {Machine.LoadAverage():N1}";
    }

    private static Table Render(string title, LoadSession session)
    {
        var c = session.Counters;
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title)).AddColumn("").AddColumn("");
        table.AddRow("phase", Markup.Escape(session.Phase));
        table.AddRow("connections", $"{c.Connections:N0}");
        table.AddRow("commands", $"sent {c.Sent:N0}  accepted {c.Accepted:N0}  refused {c.Refused:N0}  errors {c.Errors:N0}  outstanding {c.Outstanding:N0}");
        table.AddRow("deliveries", $"{c.Deliveries:N0}  ({c.DeliveryBytes / 1024.0 / 1024:N1} MiB)");
        table.AddRow("exactly once", $"gaps {c.Gaps}  duplicates {c.Duplicates}  dropped connections {c.DroppedConnections}");
        table.AddRow("load average", $"{Machine.LoadAverage():N1}");
        return table;
    }
}
