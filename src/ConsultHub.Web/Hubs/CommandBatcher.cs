using ConsultHub.Domain.Commands;
using ConsultHub.Grains.Consultations;

namespace ConsultHub.Web.Hubs;

/// <summary>
/// Sends hub commands to their consultation grain, one call in flight per consultation: commands
/// that arrive while a call is in flight wait and go together in the next call
/// (<see cref="IConsultationGrain.ExecuteBatchAsync"/>), decided one after the other but written
/// with one journal append and published together. A lone command is sent at once, so nothing
/// waits when the consultation is quiet; under load a busy consultation needs one commit, one grain
/// turn and one burst of frames per connection for many commands instead of one per command.
/// </summary>
public sealed class CommandBatcher(Func<string, IConsultationGrain> grainOf)
{
    /// <summary>Sends to the consultation grains of <paramref name="grains"/>.</summary>
    public CommandBatcher(IGrainFactory grains)
        : this(id => grains.GetGrain<IConsultationGrain>(id))
    {
    }

    /// <summary>Most commands in one grain call.</summary>
    public const int MaxBatch = 64;

    private readonly KeyedLanes<Waiting> _lanes = new();

    /// <summary>Commands in flight or waiting, over all consultations (for tests and diagnostics).</summary>
    public int Lanes => _lanes.Count;

    /// <summary>Runs a caller's command; completes with its own outcome once its events are durable (or it was refused).</summary>
    public Task<CommandOutcome> ExecuteAsync(string consultationId, string? credential, ConsultationCommand command)
    {
        var waiting = new Waiting(new BatchedCommand(credential, command));
        if (_lanes.Add(consultationId, waiting) is { } lane)
        {
            _ = SendAsync(consultationId, lane);
        }
        return waiting.Outcome.Task;
    }

    /// <summary>Sends what waits, a batch at a time, until nothing does (the lane is then retired).</summary>
    private async Task SendAsync(string consultationId, KeyedLanes<Waiting>.Lane lane)
    {
        var grain = grainOf(consultationId);
        while (_lanes.Take(lane, MaxBatch) is { Count: > 0 } batch)
        {
            try
            {
                var outcomes = await grain.ExecuteBatchAsync([.. batch.Select(w => w.Command)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Outcome.TrySetResult(outcomes[i]);
                }
            }
            catch (Exception ex)
            {
                foreach (var waiting in batch)
                {
                    waiting.Outcome.TrySetException(ex);
                }
            }
        }
    }

    private sealed record Waiting(BatchedCommand Command)
    {
        // Replies continue on the sender's thread: no hop per command, and each is a short write.
        public TaskCompletionSource<CommandOutcome> Outcome { get; } = new();
    }
}
