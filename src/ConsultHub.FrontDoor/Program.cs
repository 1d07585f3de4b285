using ConsultHub.FrontDoor;

// A front door for a local cluster: spreads browsers (HTTP, SignalR over WebSockets) over the silos
// named in FrontDoor:Silos. Production would use the platform's load balancer instead.
var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection(FrontDoorOptions.Section).Get<FrontDoorOptions>() ?? new FrontDoorOptions();
builder.Services.AddReverseProxy().LoadFromMemory(SiloRoutes.Routes(), SiloRoutes.Clusters(options.SiloAddresses()))
    .AddTransforms(SiloHeader.Add);

var app = builder.Build();
app.MapReverseProxy();
app.Run();
