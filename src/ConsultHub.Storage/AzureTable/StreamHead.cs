using Azure;

namespace ConsultHub.Storage.AzureTable;

/// <summary>A stream's head row as this process last wrote or read it.</summary>
internal readonly record struct StreamHead(long Version, ETag ETag);
