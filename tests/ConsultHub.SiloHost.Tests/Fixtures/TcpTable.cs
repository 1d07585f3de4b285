using System.Globalization;

namespace ConsultHub.SiloHost.Tests.Fixtures;

/// <summary>
/// The kernel's IPv4 TCP table (/proc/net/tcp): shows whether the server still holds a connection
/// open even while its client reads nothing, which the client itself cannot tell.
/// </summary>
public static class TcpTable
{
    private const string Established = "01";

    /// <summary>True while the socket from <paramref name="localPort"/> to <paramref name="remotePort"/> is established.</summary>
    public static bool IsEstablished(int localPort, int remotePort) => StateOf(localPort, remotePort) == Established;

    /// <summary>The state (hex, as the kernel writes it) of the socket from <paramref name="localPort"/> to <paramref name="remotePort"/>, or null when there is none.</summary>
    public static string? StateOf(int localPort, int remotePort) => Row(localPort, remotePort)?[3];

    /// <summary>Bytes the kernel holds to send on the socket (sent but unacknowledged, or not yet sent), or null when there is none.</summary>
    public static long? SendQueueOf(int localPort, int remotePort) => Row(localPort, remotePort) is { } row ? Hex(row[4].Split(':')[0]) : null;

    /// <summary>"state, bytes queued to send / to read" of the socket, for failure messages.</summary>
    public static string Describe(int localPort, int remotePort) =>
        Row(localPort, remotePort) is { } row
            ? $"state {row[3]}, send queue {Hex(row[4].Split(':')[0])} B, receive queue {Hex(row[4].Split(':')[1])} B"
            : "no such socket";

    private static string[]? Row(int localPort, int remotePort)
    {
        foreach (var line in File.ReadLines("/proc/net/tcp").Skip(1))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (Port(fields[1]) == localPort && Port(fields[2]) == remotePort)
            {
                return fields;
            }
        }
        return null;
    }

    private static long Hex(string value) => long.Parse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static int Port(string address) => int.Parse(address[(address.IndexOf(':', StringComparison.Ordinal) + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
