namespace ConsultHub.Grains.Runtime;

/// <summary>
/// Marker for grain interfaces. Every method of a grain interface returns <see cref="Task"/>
/// or <see cref="Task{TResult}"/>; the runtime refuses other shapes when a reference is created.
/// </summary>
public interface IGrain;
