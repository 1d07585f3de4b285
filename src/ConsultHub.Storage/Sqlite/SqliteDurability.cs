namespace ConsultHub.Storage.Sqlite;

/// <summary>How far an acknowledged SQLite append is guaranteed to survive (configuration <c>Storage:Sqlite:Durability</c>).</summary>
public enum SqliteDurability
{
    /// <summary>
    /// The default. Every commit fsyncs the write-ahead log before the append is acknowledged: an
    /// acknowledged append survives a killed process, an OS crash and a power cut (SQLite's
    /// <c>synchronous=FULL</c>).
    /// </summary>
    PowerLoss,

    /// <summary>
    /// No fsync per commit (<c>synchronous=NORMAL</c>): an acknowledged append survives a killed
    /// process, but an OS crash or power cut may lose the last commits. About a millisecond faster
    /// per command on the benchmark machine; for hosts whose disks or hypervisor already protect
    /// the page cache, or for measuring what the fsync costs.
    /// </summary>
    ProcessCrash,
}
