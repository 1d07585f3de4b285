namespace ConsultHub.Grains.Runtime;

/// <summary>
/// Marker for observer interfaces that grains notify through an
/// <see cref="ObserverManager{TIdentity, TObserver}"/>. Observers here are in-process objects,
/// called directly rather than through a message.
/// </summary>
public interface IGrainObserver;
