namespace ConsultHub.Grains.Tests.Hosting;

/// <summary>
/// Three silos whose consultations keep an unrenewed subscription for five minutes, so whatever
/// ends a dead silo's connections within seconds is the cluster's word that it died, not expiry.
/// </summary>
public sealed class LongExpiryCluster() : ThreeSiloCluster(TimeSpan.FromMinutes(5));
