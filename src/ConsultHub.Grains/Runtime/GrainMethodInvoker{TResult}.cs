using System.Linq.Expressions;
using System.Reflection;

namespace ConsultHub.Grains.Runtime;

/// <summary>Calls one grain method through a compiled delegate, so a call costs no reflection.</summary>
internal sealed class GrainMethodInvoker<TResult> : GrainMethodInvoker
{
    private readonly Func<object, object?[]?, Task<TResult>> _invoke;

    public GrainMethodInvoker(MethodInfo method)
        : base(method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object[]), "args");
        var arguments = method.GetParameters().Select((parameter, index) =>
            Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(index)), parameter.ParameterType));
        Expression call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, arguments);
        if (method.ReturnType == typeof(Task))
        {
            call = Expression.Call(typeof(GrainMethodInvoker).GetMethod(nameof(WithoutResult), BindingFlags.NonPublic | BindingFlags.Static)!, call);
        }

        _invoke = Expression.Lambda<Func<object, object?[]?, Task<TResult>>>(call, grain, args).Compile();
    }

    public override Task Dispatch(GrainDispatcher dispatcher, GrainId id, object?[]? args) =>
        dispatcher.InvokeAsync(id, this, args);

    /// <summary>Runs the method on <paramref name="grain"/>; a synchronous throw becomes a faulted task.</summary>
    public Task<TResult> Invoke(Grain grain, object?[]? args)
    {
        try
        {
            return _invoke(grain, args);
        }
        catch (Exception exception)
        {
            return Task.FromException<TResult>(exception);
        }
    }
}
