using System.Diagnostics;
using Orleans.Runtime;
using ConsultHub.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultHub.Web.Diagnostics;

/// <summary>
/// <c>GET /diagnostics</c> for the load generator, only when <c>Hub:Diagnostics:Enabled=true</c>:
/// managed heap and working set after a full collection, live activations, journal counts,
/// allocated bytes and CPU time, so per-connection and per-command figures are deltas of two reads.
/// </summary>
public static class HubDiagnostics
{
    /// <summary>Wraps the journal in a <see cref="CountingEventJournal"/> when diagnostics are enabled.</summary>
    public static IServiceCollection AddHubDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        if (!Enabled(configuration))
        {
            return services;
        }
        var registered = services.Last(d => d.ServiceType == typeof(IEventJournal));
        services.Remove(registered);
        services.AddSingleton(provider => new CountingEventJournal(Inner(provider, registered)));
        services.AddSingleton<IEventJournal>(provider => provider.GetRequiredService<CountingEventJournal>());
        return services;
    }

    /// <summary>Maps the endpoint when diagnostics are enabled.</summary>
    public static WebApplication MapHubDiagnostics(this WebApplication app)
    {
        if (Enabled(app.Configuration))
        {
            app.MapGet("/diagnostics", async (IGrainFactory grains, CountingEventJournal journal) =>
                Read(await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount(), journal));
        }
        return app;
    }

    private static bool Enabled(IConfiguration configuration) =>
        configuration.GetSection(HubDiagnosticsOptions.Section).Get<HubDiagnosticsOptions>()?.Enabled == true;

    private static IEventJournal Inner(IServiceProvider provider, ServiceDescriptor registered) =>
        (IEventJournal)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    private static object Read(int activations, CountingEventJournal journal)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new
        {
            managedHeapBytes = heap,
            workingSetBytes = Environment.WorkingSet,
            activations,
            allocatedBytes = GC.GetTotalAllocatedBytes(),
            cpuMs = process.TotalProcessorTime.TotalMilliseconds,
            journal = journal.Read(),
        };
    }
}
