using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConsultHub.Web.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Telemetry;

/// <summary>
/// The hub's own figures, on the <see cref="MeterName"/> meter: commands accepted and refused (by
/// code), command latency to durable, fan-out latency, journal appends and their sizes, and per
/// silo the open connections and the consultations live here.
/// </summary>
public sealed class HubMetrics
{
    /// <summary>The meter's name, as OpenTelemetry and <c>dotnet-counters</c> select it.</summary>
    public const string MeterName = "ConsultHub";

    /// <summary>Name of the counter of accepted commands.</summary>
    public const string CommandsAccepted = "consulthub.commands.accepted";

    /// <summary>Name of the counter of refused commands (tag <c>code</c>).</summary>
    public const string CommandsRefused = "consulthub.commands.refused";

    /// <summary>Name of the histogram of milliseconds from the hub receiving a command to its durable acknowledgement.</summary>
    public const string CommandDuration = "consulthub.command.duration";

    /// <summary>Name of the histogram of milliseconds from an event's publication after its commit to its frame written to a connection.</summary>
    public const string FanOutDuration = "consulthub.fanout.duration";

    /// <summary>Name of the counter of durable journal appends.</summary>
    public const string JournalAppends = "consulthub.journal.appends";

    /// <summary>Name of the histogram of events per durable journal append.</summary>
    public const string JournalAppendEvents = "consulthub.journal.append.events";

    /// <summary>Name of the observable up-down counter of open hub connections (tag <c>silo</c>).</summary>
    public const string Connections = "consulthub.connections";

    /// <summary>Name of the observable gauge of consultations live on this silo as the hub sees them (tag <c>silo</c>).</summary>
    public const string Activations = "consulthub.activations";

    // Sub-millisecond to seconds: a command with fsync takes about 1-10 ms here, a stalled one seconds.
    private static readonly double[] LatencyBounds = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 5000];
    private static readonly int[] BatchBounds = [1, 2, 4, 8, 16, 32, 64, 128];

    private readonly Counter<long> _accepted;
    private readonly Counter<long> _refused;
    private readonly Histogram<double> _commandDuration;
    private readonly Histogram<double> _fanOutDuration;
    private readonly Counter<long> _appends;
    private readonly Histogram<int> _appendEvents;
    private readonly SiloName _silo;
    private readonly IServiceProvider _services;
    private ConnectionTrackingLifetimeManager? _connections;
    private WatcherRegistry? _watchers;

    /// <summary>Creates the meter through the host's factory (so tests can listen to one host's meter alone).</summary>
    public HubMetrics(IMeterFactory meterFactory, SiloName silo, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _silo = silo;
        // The gauges read the watcher registry and the lifetime manager, and the registry's
        // outboxes record into this class: resolving them when observed breaks that cycle.
        _services = services;
        Meter = meterFactory.Create(new MeterOptions(MeterName));
        _accepted = Meter.CreateCounter<long>(CommandsAccepted, "{command}", "Hub commands accepted and durable.");
        _refused = Meter.CreateCounter<long>(CommandsRefused, "{command}", "Hub commands refused, by code (forbidden, invalid, conflict, rate-limited, not-found, unavailable).");
        _commandDuration = Meter.CreateHistogram(CommandDuration, "ms", "From the hub receiving a command to its durable acknowledgement (accepted commands).",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBounds });
        _fanOutDuration = Meter.CreateHistogram(FanOutDuration, "ms", "From a committed event's publication on this silo to its frame written to one connection.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBounds });
        _appends = Meter.CreateCounter<long>(JournalAppends, "{append}", "Durable journal appends (one per grain batch).");
        _appendEvents = Meter.CreateHistogram(JournalAppendEvents, "{event}", "Events per durable journal append (the batch size).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = BatchBounds });
        Meter.CreateObservableUpDownCounter(Connections, ObserveConnections, "{connection}", "Open hub connections on this silo.");
        Meter.CreateObservableGauge(Activations, ObserveActivations, "{consultation}",
            "Consultations watched by a connection on this silo; Orleans' own meters count grain activations.");
    }

    /// <summary>The meter (for listeners scoped to this host).</summary>
    public Meter Meter { get; }

    /// <summary>Records a hub command's outcome; <paramref name="started"/> is a <see cref="Stopwatch"/> timestamp.</summary>
    public void CommandCompleted(string? refusalCode, long started)
    {
        if (refusalCode is null)
        {
            _accepted.Add(1);
            _commandDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else
        {
            _refused.Add(1, new KeyValuePair<string, object?>("code", refusalCode));
        }
    }

    /// <summary>Records a frame written to a connection; <paramref name="published"/> is a <see cref="Stopwatch"/> timestamp.</summary>
    public void FrameWritten(long published) =>
        _fanOutDuration.Record(Stopwatch.GetElapsedTime(published).TotalMilliseconds);

    /// <summary>Records a durable journal append of <paramref name="events"/> events.</summary>
    public void Appended(int events)
    {
        _appends.Add(1);
        _appendEvents.Record(events);
    }

    private IEnumerable<Measurement<int>> ObserveConnections()
    {
        _connections ??= Resolve<HubLifetimeManager<ConsultationHub>>() as ConnectionTrackingLifetimeManager;
        return _connections is null ? [] : [new Measurement<int>(_connections.Count, new KeyValuePair<string, object?>("silo", _silo.Value))];
    }

    private IEnumerable<Measurement<int>> ObserveActivations()
    {
        _watchers ??= Resolve<WatcherRegistry>();
        return _watchers is null ? [] : [new Measurement<int>(_watchers.Consultations, new KeyValuePair<string, object?>("silo", _silo.Value))];
    }

    private T? Resolve<T>()
        where T : class
    {
        try
        {
            return _services.GetService<T>();
        }
        catch (ObjectDisposedException)
        {
            // A last collection while the host shuts down: nothing to report.
            return null;
        }
    }
}
