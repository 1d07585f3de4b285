using System.Net;
using ConsultHub.Grains.Placement;

namespace ConsultHub.Grains.Tests.Placement;

public sealed class RegionPlacementDirectorTests
{
    private static readonly SiloAddress Asia = Silo(11111);
    private static readonly SiloAddress Africa = Silo(11112);
    private static readonly SiloAddress Americas = Silo(11113);
    private static readonly SiloAddress[] All = [Asia, Africa, Americas];

    [Theory]
    [InlineData("africa")]
    [InlineData("AFRICA")]
    [InlineData(" Africa ")]
    public void AWantedRegionWithALiveSilo_IsPlacedThere_WhateverTheCaller(string wanted)
    {
        foreach (var caller in All)
        {
            Assert.Equal(Africa, RegionPlacementDirector.Choose(All, caller, wanted, RegionOf));
        }
    }

    [Fact]
    public void ACallerInTheWantedRegion_KeepsTheGrainLocal()
    {
        var secondAsia = Silo(11114);
        SiloAddress[] silos = [Asia, secondAsia, Africa];

        Assert.Equal(secondAsia, RegionPlacementDirector.Choose(silos, secondAsia, "asia", silo => silo == secondAsia ? "asia" : RegionOf(silo)));
    }

    [Theory]
    [InlineData("europe")]
    [InlineData("")]
    [InlineData(null)]
    public void NoLiveSiloOfTheRegion_PlacesOnTheCallingSilo(string? wanted)
    {
        Assert.Equal(Americas, RegionPlacementDirector.Choose(All, Americas, wanted, RegionOf));
    }

    [Fact]
    public void ADeadRegion_FallsBackToAnyLiveSilo()
    {
        SiloAddress[] survivors = [Asia, Americas];

        var chosen = RegionPlacementDirector.Choose(survivors, Africa, "africa", RegionOf);

        Assert.Contains(chosen, survivors);
    }

    [Fact]
    public void NoCompatibleSilo_IsRefused()
    {
        Assert.Throws<OrleansException>(() => RegionPlacementDirector.Choose([], Asia, "asia", RegionOf));
    }

    private static string? RegionOf(SiloAddress silo) =>
        silo == Asia ? "asia" : silo == Africa ? "Africa" : silo == Americas ? "americas" : null;

    private static SiloAddress Silo(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1);
}
