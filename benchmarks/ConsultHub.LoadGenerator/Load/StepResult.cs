namespace ConsultHub.LoadGenerator.Load;

/// <summary>What one measured step of a run produced.</summary>
public sealed record StepResult
{
    /// <summary>The step's label.</summary>
    public required string Label { get; init; }
    /// <summary>Open connections at the start.</summary>
    public int Connections { get; init; }
    /// <summary>Consultations driven.</summary>
    public int Consultations { get; init; }
    /// <summary>Commands per second asked for (all consultations).</summary>
    public double TargetRate { get; init; }
    /// <summary>Measured seconds of sending.</summary>
    public double Seconds { get; init; }
    /// <summary>Commands sent.</summary>
    public long Sent { get; init; }
    /// <summary>Commands accepted.</summary>
    public long Accepted { get; init; }
    /// <summary>Commands refused with a code.</summary>
    public long Refused { get; init; }
    /// <summary>Commands without a reply (transport failures).</summary>
    public long Errors { get; init; }
    /// <summary>Commands not sent because too many were outstanding.</summary>
    public long Shed { get; init; }
    /// <summary>Accepted commands every watcher received, with their all-watchers latency.</summary>
    public int Measured { get; init; }
    /// <summary>Median all-watchers latency, ms.</summary>
    public double P50 { get; init; }
    /// <summary>99th percentile all-watchers latency, ms.</summary>
    public double P99 { get; init; }
    /// <summary>Largest all-watchers latency, ms.</summary>
    public double Max { get; init; }
    /// <summary>Event messages received per second.</summary>
    public double DeliveriesPerSecond { get; init; }
    /// <summary>Average bytes of an event message on the wire (SignalR frame).</summary>
    public double BytesPerEvent { get; init; }
    /// <summary>Deliveries of accepted commands' versions that never arrived.</summary>
    public long Lost { get; init; }
    /// <summary>Versions a watcher skipped.</summary>
    public long Gaps { get; init; }
    /// <summary>Versions a watcher received twice.</summary>
    public long Duplicates { get; init; }
    /// <summary>Connections closed by the server or the network.</summary>
    public long Dropped { get; init; }
    /// <summary>Server CPU milliseconds per accepted command (null when the server is not a child process).</summary>
    public double? ServerCpuMsPerCommand { get; init; }
    /// <summary>Server CPU use in cores (null when unknown).</summary>
    public double? ServerCores { get; init; }
    /// <summary>The generator's own CPU use in cores.</summary>
    public double GeneratorCores { get; init; }
    /// <summary>1-minute load average at the end of the step.</summary>
    public double LoadAverage { get; init; }

    /// <summary>Whether nothing was lost, skipped, duplicated or dropped.</summary>
    public bool Clean => Lost == 0 && Gaps == 0 && Duplicates == 0 && Dropped == 0;
}
