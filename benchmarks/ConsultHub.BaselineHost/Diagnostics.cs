namespace ConsultHub.BaselineHost;

/// <summary>The same memory figures as the hub's diagnostics endpoint, after a full collection.</summary>
public static class Diagnostics
{
    /// <summary>Managed heap and working set after a full, compacting collection.</summary>
    public static object Read()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        return new { managedHeapBytes = heap, workingSetBytes = Environment.WorkingSet, activations = 0 };
    }
}
