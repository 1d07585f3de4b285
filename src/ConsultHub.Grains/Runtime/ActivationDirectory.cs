using System.Collections.Concurrent;

namespace ConsultHub.Grains.Runtime;

/// <summary>The live activation of each grain. An entry changes only when its activation retires.</summary>
internal sealed class ActivationDirectory
{
    private readonly ConcurrentDictionary<GrainId, Activation> _activations = new();

    public int Count => _activations.Count;

    /// <summary>The grain's activation, created if there is none. A losing racer's unstarted activation is simply dropped.</summary>
    public Activation GetOrAdd(GrainId id, GrainDispatcher dispatcher) =>
        _activations.GetOrAdd(id, static (id, dispatcher) => new Activation(id, dispatcher), dispatcher);

    public void Remove(Activation activation) => _activations.TryRemove(KeyValuePair.Create(activation.Id, activation));

    public void Replace(Activation retired, Activation successor) => _activations.TryUpdate(retired.Id, successor, retired);

    public IReadOnlyList<Activation> Snapshot() => [.. _activations.Values];
}
