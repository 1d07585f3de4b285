using System.Reflection;

namespace ConsultHub.Grains.Runtime;

/// <summary>Calls one grain interface method on a grain object; built once per method.</summary>
internal abstract class GrainMethodInvoker(MethodInfo method)
{
    private static readonly Task<object?> CompletedWithoutResult = Task.FromResult<object?>(null);

    public string Name { get; } = $"{method.DeclaringType!.Name}.{method.Name}";

    public static GrainMethodInvoker Create(MethodInfo method)
    {
        // Task-returning methods get an object result so that every call takes one generic path.
        var resultType = method.ReturnType == typeof(Task) ? typeof(object) : method.ReturnType.GetGenericArguments()[0];
        var invokerType = typeof(GrainMethodInvoker<>).MakeGenericType(resultType);
        return (GrainMethodInvoker)Activator.CreateInstance(invokerType, method)!;
    }

    /// <summary>Routes a call made through a reference; returns the <see cref="Task"/> the caller awaits.</summary>
    public abstract Task Dispatch(GrainDispatcher dispatcher, GrainId id, object?[]? args);

    internal static Task<object?> WithoutResult(Task task) =>
        task.IsCompletedSuccessfully ? CompletedWithoutResult : AwaitWithoutResultAsync(task);

    private static async Task<object?> AwaitWithoutResultAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }
}
