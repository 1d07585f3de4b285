using System.Diagnostics;
using System.Globalization;

namespace ConsultHub.Testing.Fixtures;

/// <summary>POSIX signals through the system's <c>kill</c> command (.NET itself only sends SIGKILL).</summary>
public static class Signals
{
    /// <summary>Sends <paramref name="signal"/> (TERM, INT, STOP, CONT) to <paramref name="processId"/>.</summary>
    public static async Task SendAsync(int processId, string signal)
    {
        var start = new ProcessStartInfo("kill") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-" + signal);
        start.ArgumentList.Add(processId.ToString(CultureInfo.InvariantCulture));
        using var kill = Process.Start(start) ?? throw new InvalidOperationException("kill did not start.");
        var error = await kill.StandardError.ReadToEndAsync();
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {processId} failed ({kill.ExitCode}): {error}");
        }
    }
}
