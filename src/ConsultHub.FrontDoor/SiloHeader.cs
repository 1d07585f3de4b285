using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace ConsultHub.FrontDoor;

/// <summary>
/// Names the silo that answered, on every proxied response (the WebSocket's 101 included), so an
/// operator or a test can see where a browser landed without asking the silos.
/// </summary>
public static class SiloHeader
{
    /// <summary>The header: the silo's address as configured in <c>FrontDoor:Silos</c>.</summary>
    public const string Name = "X-ConsultHub-Silo";

    /// <summary>Adds the header to every response of the route.</summary>
    public static void Add(TransformBuilderContext context) =>
        context.AddResponseTransform(transform =>
        {
            if (transform.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination?.Model.Config.Address is { } address)
            {
                transform.HttpContext.Response.Headers[Name] = address;
            }
            return ValueTask.CompletedTask;
        });
}
