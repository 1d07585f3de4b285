using System.Diagnostics;
using ConsultHub.LoadGenerator.SignalR;

namespace ConsultHub.LoadGenerator.Load;

/// <summary>
/// A set of consultations with their people connected, driven step by step: each step sends the
/// scripted mix open-loop at a rate and measures, per accepted command, when the last watcher of
/// its consultation received its version. With <paramref name="connectTo"/>, each person connects
/// where it says (one silo of a cluster); otherwise to <paramref name="server"/>, which also takes setup's HTTP calls.
/// </summary>
public sealed class LoadSession(Uri server, Target target, string? organizerKey, int connectConcurrency, Func<TimeSpan?>? serverCpu = null, Func<SimConsultation, Task<Uri>>? connectTo = null) : IAsyncDisposable
{
    /// <summary>The hub protocol every connection of every session speaks (the <c>--protocol</c> option).</summary>
    public static HubProtocolKind Protocol { get; set; } = HubProtocolKind.Json;

    private const int MaxOutstanding = 20_000;
    private readonly HubApi? _api = target == Target.Hub ? new HubApi(server, organizerKey ?? throw new ArgumentException("The hub needs the organizer key.")) : null;
    private readonly List<SimConsultation> _consultations = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Random _random = new(42);
    private Task? _pinger;
    private int _created;
    private int _joined;

    /// <summary>Live counters.</summary>
    public LoadCounters Counters { get; } = new();

    /// <summary>What the session is doing, for the progress display.</summary>
    public string Phase { get; private set; } = "idle";

    /// <summary>The consultations.</summary>
    public IReadOnlyList<SimConsultation> Consultations => _consultations;

    /// <summary>Creates consultations and connects a moderator, participants and observers to each.</summary>
    public async Task<IReadOnlyList<SimConsultation>> AddConsultationsAsync(int count, int participants, int observers)
    {
        _pinger ??= Task.Run(PingLoopAsync);
        Phase = $"creating {count} consultations";
        var added = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var index = Interlocked.Increment(ref _created);
            var (id, joinCode, moderatorKey, observerKey) = _api is null
                ? ($"c{index}", "", "moderator", "observer")
                : await _api.CreateAsync(index);
            var consultation = new SimConsultation(id);
            consultation.Moderator = await ConnectAsync(consultation, moderatorKey, null);
            await Reply(consultation.Moderator.Socket.InvokeAsync("Start", [id]));
            var poll = await Reply(consultation.Moderator.Socket.InvokeAsync("OpenPoll", [id, "Which safeguard comes first?", new[] { "consent", "audit", "minimisation", "oversight" }, false]));
            consultation.PollId = poll.Id;
            consultation.JoinCode = joinCode;
            consultation.ObserverKey = _api is null ? "observer" : observerKey;
            return (consultation, joinCode, observerKey);
        }));
        foreach (var (consultation, _, _) in added)
        {
            _consultations.Add(consultation);
        }
        Phase = $"joining and connecting {count * (participants + observers):N0} people";
        await AddPeopleAsync(added.Select(a => (a.consultation, a.joinCode, a.observerKey)), participants, observers);
        Phase = "connected";
        return [.. added.Select(a => a.consultation)];
    }

    /// <summary>Joins and connects more participants and observers to consultations already running.</summary>
    public async Task AddPeopleAsync(IEnumerable<SimConsultation> consultations, int participants, int observers)
    {
        Phase = $"connecting people";
        await AddPeopleAsync(consultations.Select(c => (c, c.JoinCode, c.ObserverKey)), participants, observers);
        Phase = "connected";
    }

    /// <summary>Creates consultations nobody connects to (hub only): idle activations.</summary>
    public async Task CreateIdleAsync(int count)
    {
        Phase = $"creating {count} idle consultations";
        using var gate = new SemaphoreSlim(connectConcurrency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                await _api!.CreateAsync(Interlocked.Increment(ref _created));
            }
            finally
            {
                gate.Release();
            }
        }));
        Phase = "idle";
    }

    private async Task AddPeopleAsync(IEnumerable<(SimConsultation Consultation, string JoinCode, string ObserverKey)> targets, int participants, int observers)
    {
        var list = targets.ToList();
        using var gate = new SemaphoreSlim(connectConcurrency);
        await Task.WhenAll(list.SelectMany(a => Enumerable.Range(0, participants).Select(_ => Person(a.Consultation, a.JoinCode, null))
            .Concat(Enumerable.Range(0, observers).Select(_ => Person(a.Consultation, a.JoinCode, a.ObserverKey)))).Select(async person =>
        {
            await gate.WaitAsync();
            try
            {
                await person();
            }
            finally
            {
                gate.Release();
            }
        }));
        foreach (var (consultation, _, _) in list)
        {
            lock (consultation.Participants)
            {
                consultation.Participants.Sort((a, b) => string.CompareOrdinal(a.ParticipantId, b.ParticipantId));
            }
        }
    }

    /// <summary>Sends the mix at <paramref name="ratePerConsultation"/> commands a second per consultation for <paramref name="duration"/>, then measures.</summary>
    public async Task<StepResult> MeasureAsync(string label, double ratePerConsultation, TimeSpan duration)
    {
        Phase = $"{label}: settling";
        await SettleAsync(TimeSpan.FromSeconds(20));
        foreach (var c in _consultations)
        {
            var current = c.Everyone.Max(m => m.Watcher.Last);
            lock (c.Accepted)
            {
                c.Accepted.Clear();
            }
            c.WatcherCount = c.Everyone.Count(m => !m.Watcher.Closed);
            c.Board.Restart(current);
        }
        var before = Snapshot();
        var cpuBefore = serverCpu?.Invoke();
        var selfBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var total = ratePerConsultation * _consultations.Count;
        long issued = 0, shed = 0;
        var next = 0;
        Phase = $"{label}: {total:N0} commands/s";
        using (var ticker = new PeriodicTimer(TimeSpan.FromMilliseconds(5)))
        {
            while (clock.Elapsed < duration && await ticker.WaitForNextTickAsync())
            {
                var due = (long)(clock.Elapsed.TotalSeconds * total);
                for (; issued < due; issued++)
                {
                    if (Counters.Outstanding >= MaxOutstanding)
                    {
                        shed++;
                        continue;
                    }
                    _ = IssueAsync(_consultations[next++ % _consultations.Count]);
                }
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var atEnd = Snapshot();
        Phase = $"{label}: draining";
        await DrainAsync(TimeSpan.FromSeconds(30));
        var cpuAfter = serverCpu?.Invoke();
        var selfAfter = Process.GetCurrentProcess().TotalProcessorTime;
        var drained = Snapshot();
        var (latencies, lost) = Collect();
        foreach (var c in _consultations)
        {
            c.Board.Stop();
        }
        latencies.Sort();
        var accepted = drained.Accepted - before.Accepted;
        var elapsed = clock.Elapsed.TotalSeconds;
        Phase = "idle";
        return new StepResult
        {
            Label = label,
            Connections = (int)Counters.Connections,
            Consultations = _consultations.Count,
            TargetRate = total,
            Seconds = seconds,
            Sent = drained.Sent - before.Sent,
            Accepted = accepted,
            Refused = drained.Refused - before.Refused,
            Errors = drained.Errors - before.Errors,
            Shed = shed,
            Measured = latencies.Count,
            P50 = Percentile(latencies, 0.50),
            P99 = Percentile(latencies, 0.99),
            Max = latencies.Count == 0 ? 0 : latencies[^1],
            DeliveriesPerSecond = (atEnd.Deliveries - before.Deliveries) / seconds,
            BytesPerEvent = drained.Deliveries == before.Deliveries ? 0 : (drained.DeliveryBytes - before.DeliveryBytes) / (double)(drained.Deliveries - before.Deliveries),
            Lost = lost,
            Gaps = drained.Gaps - before.Gaps,
            Duplicates = drained.Duplicates - before.Duplicates,
            Dropped = drained.Dropped - before.Dropped,
            ServerCpuMsPerCommand = cpuBefore is { } b && cpuAfter is { } a && accepted > 0 ? (a - b).TotalMilliseconds / accepted : null,
            ServerCores = cpuBefore is { } b2 && cpuAfter is { } a2 ? (a2 - b2).TotalSeconds / elapsed : null,
            GeneratorCores = (selfAfter - selfBefore).TotalSeconds / elapsed,
            LoadAverage = Machine.LoadAverage(),
        };
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_pinger is not null)
        {
            await _pinger;
        }
        Phase = "closing connections";
        using var gate = new SemaphoreSlim(64);
        await Task.WhenAll(_consultations.SelectMany(c => c.Everyone).Select(async m =>
        {
            await gate.WaitAsync();
            try
            {
                if (m.Watcher.Socket is { } socket)
                {
                    await socket.DisposeAsync();
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        _api?.Dispose();
    }

    private Func<Task> Person(SimConsultation consultation, string joinCode, string? observerKey) => async () =>
    {
        if (observerKey is not null)
        {
            var observer = await ConnectAsync(consultation, _api is null ? "observer" : observerKey, null);
            lock (consultation.Observers)
            {
                consultation.Observers.Add(observer);
            }
            return;
        }
        var index = Interlocked.Increment(ref _joined);
        var (participantId, token) = _api is null ? ($"u{index}", "participant") : await _api.JoinAsync(consultation.Id, joinCode, index);
        var member = await ConnectAsync(consultation, token, participantId);
        lock (consultation.Participants)
        {
            consultation.Participants.Add(member);
        }
    };

    private async Task<Member> ConnectAsync(SimConsultation consultation, string credential, string? participantId)
    {
        var watcher = new Watcher(consultation, Counters);
        var member = new Member(credential, participantId, watcher);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                watcher.Socket = await HubSocket.ConnectAsync(connectTo is null ? server : await connectTo(consultation), credential, watcher, Protocol, _stop.Token);
                break;
            }
            catch (Exception) when (attempt < 5 && !_stop.IsCancellationRequested)
            {
                await Task.Delay(200 * attempt);
            }
        }
        Counters.Opened();
        await Reply(watcher.Socket.InvokeAsync("Watch", [consultation.Id, null], watcher.Watched));
        return member;
    }

    private async Task IssueAsync(SimConsultation consultation)
    {
        var command = consultation.Next(_random);
        var sent = Stopwatch.GetTimestamp();
        Counters.CommandSent();
        try
        {
            var reply = await command.Sender.Socket.InvokeAsync(command.Method, command.Arguments);
            if (reply.Code is { } code)
            {
                Counters.CommandRefused(code);
                consultation.Refused(command, code);
                return;
            }
            Counters.CommandAccepted();
            command.Answered?.Invoke(reply);
            lock (consultation.Accepted)
            {
                consultation.Accepted.Add((reply.Version, sent));
            }
        }
        catch (Exception)
        {
            Counters.CommandFailed();
        }
    }

    /// <summary>Waits until every open watcher of a consultation is at the same version (setup events delivered).</summary>
    private async Task SettleAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit && _consultations.Any(c => c.Everyone.Where(m => !m.Watcher.Closed).Select(m => m.Watcher.Last).Distinct().Count() > 1))
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for every reply and for every watcher to have every accepted version.</summary>
    private async Task DrainAsync(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit && (Counters.Outstanding > 0 || !AllDelivered()))
        {
            await Task.Delay(100);
        }
    }

    private bool AllDelivered()
    {
        foreach (var c in _consultations)
        {
            lock (c.Accepted)
            {
                if (c.Accepted.Count > 0 && c.Board.Read(c.Accepted.Max(a => a.Version)).Count < c.WatcherCount)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private (List<double> Latencies, long Lost) Collect()
    {
        var latencies = new List<double>();
        long lost = 0;
        foreach (var c in _consultations)
        {
            lock (c.Accepted)
            {
                foreach (var (version, sent) in c.Accepted)
                {
                    var (count, last) = c.Board.Read(version);
                    if (count >= c.WatcherCount)
                    {
                        latencies.Add((last - sent) * 1000.0 / Stopwatch.Frequency);
                    }
                    else
                    {
                        lost += c.WatcherCount - count;
                    }
                }
            }
        }
        return (latencies, lost);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private (long Sent, long Accepted, long Refused, long Errors, long Deliveries, long DeliveryBytes, long Gaps, long Duplicates, long Dropped) Snapshot() =>
        (Counters.Sent, Counters.Accepted, Counters.Refused, Counters.Errors, Counters.Deliveries, Counters.DeliveryBytes, Counters.Gaps, Counters.Duplicates, Counters.DroppedConnections);

    private static async Task<HubReply> Reply(Task<HubReply> call)
    {
        var reply = await call;
        return reply.Error is { } error ? throw new InvalidOperationException($"Setup call refused: {error}") : reply;
    }

    private async Task PingLoopAsync()
    {
        var idle = Stopwatch.Frequency * 10;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var now = Stopwatch.GetTimestamp();
            Member[] everyone;
            try
            {
                everyone = [.. _consultations.ToArray().SelectMany(c => c.Everyone.ToArray())];
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                continue; // People were being added; ping on the next round.
            }
            foreach (var member in everyone)
            {
                if (member.Watcher.Socket is { IsOpen: true } socket && now - socket.LastSent > idle)
                {
                    try
                    {
                        await socket.PingAsync();
                    }
                    catch (Exception)
                    {
                        // A closed socket is counted by its watcher.
                    }
                }
            }
        }
    }
}
