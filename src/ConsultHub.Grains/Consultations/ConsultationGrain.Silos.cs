using ConsultHub.Grains.Presence;

namespace ConsultHub.Grains.Consultations;

/// <summary>
/// The consultation's side of the silos watching it: their subscriptions (with the participants
/// each holds connected), renewals, expiry, and forgetting a silo the cluster declared dead.
/// </summary>
public sealed partial class ConsultationGrain
{
    /// <inheritdoc/>
    public Task SubscribeAsync(IConsultationObserver observer, PresenceReport presence, long? receivedVersion)
    {
        ArgumentNullException.ThrowIfNull(observer);
        ArgumentNullException.ThrowIfNull(presence);
        ForgetIfUnknown();
        if (State.Created)
        {
            // Armed by the first subscription, so a consultation nobody watches holds no expiry timer.
            _expiry ??= this.RegisterGrainTimer(ExpireSubscriptionsAsync, new GrainTimerCreationOptions(_publisher.Expiry, _publisher.Expiry));
            _publisher.Subscribe(presence.Silo, observer, presence.Host, presence.Observers);
            _directory?.Changed(State, _publisher.Observers);
            if (presence.Host is not null && _deathsListener is null && _deaths is not null)
            {
                // Heard on a thread-pool thread: the check runs as a call to this grain, in its own turn.
                var self = this.AsReference<IConsultationGrain>();
                _deathsListener = _deaths.Listen(() => _ = self.ForgetDeadSilosAsync());
            }
            _presence.Apply(presence);
            if (receivedVersion < State.Version && _pipeline.Recent.After(receivedVersion.Value, State.Version) is { Count: > 0 } missed)
            {
                _publisher.Publish(State.Id, missed, presence.Silo);
            }
            // Someone a silo holds live connections for but the state calls away (an activation's
            // settle ran before that silo renewed) is connected again at once.
            return _reconciler?.ReconcileAsync(disconnectUnreported: false) ?? Task.CompletedTask;
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task UnsubscribeAsync(IConsultationObserver observer)
    {
        _publisher.Unsubscribe(observer);
        _directory?.Changed(State, _publisher.Observers);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ForgetDeadSilosAsync()
    {
        if (_membership is null)
        {
            return Task.CompletedTask;
        }
        var snapshot = _membership.CurrentSnapshot;
        return ForgetSilosAsync(_publisher.Drop(host => snapshot.GetSiloStatus(SiloAddress.FromParsableString(host)) == SiloStatus.Dead));
    }

    /// <summary>A silo that stopped renewing is gone, and so are its connections.</summary>
    private Task ExpireSubscriptionsAsync(CancellationToken cancellationToken) => ForgetSilosAsync(_publisher.Expire());

    private async Task ForgetSilosAsync(IReadOnlyList<string> gone)
    {
        foreach (var silo in gone)
        {
            _presence.Forget(silo);
        }
        if (gone.Count > 0)
        {
            _directory?.Changed(State, _publisher.Observers);
            await _reconciler!.ReconcileAsync(disconnectUnreported: true);
        }
    }
}
