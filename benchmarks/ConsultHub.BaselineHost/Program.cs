using ConsultHub.BaselineHost;

// The baseline the load generator compares the hub with: bare SignalR (no grain, no journal)
// broadcasting envelopes of the hub's size and shape to the same audiences, plus a raw
// WebSocket echo as the ceiling. Usage: dotnet ConsultHub.BaselineHost.dll --urls http://127.0.0.1:5100
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// Both protocols, as the hub offers: each generator connection names one in its handshake.
builder.Services.AddSignalR(options => options.MaximumReceiveMessageSize = 32 * 1024).AddMessagePackProtocol();
builder.Services.AddSingleton<Broadcaster>();
builder.Services.Configure<BaselineOptions>(builder.Configuration.GetSection(BaselineOptions.Section));

var app = builder.Build();
app.UseWebSockets();
app.MapHub<BaselineHub>("/hubs/consultation");
app.Map("/echo", Echo.RunAsync);
app.MapGet("/healthz", () => "ok");
app.MapGet("/diagnostics", Diagnostics.Read);
app.Run();
