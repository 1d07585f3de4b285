using ConsultHub.Domain.Model;
using ConsultHub.Testing.Client;
using ConsultHub.Web.Tests.Fixtures;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using static ConsultHub.Web.Tests.Fixtures.HubAssert;

namespace ConsultHub.Web.Tests.Hubs;

/// <summary>Refused commands are answers, not faults: logged as information with their code, never as errors with stack traces.</summary>
public sealed class InvocationLimitFilterTests(LoggedHubServer server) : IClassFixture<LoggedHubServer>
{
    [Fact]
    public async Task RefusedCommands_AreLoggedAsInformationWithTheirCode_AndNeverAsErrors()
    {
        var keys = await server.CreateConsultationAsync();
        var amina = await server.Api.JoinAsync(keys.Id, keys.JoinCode, "Amina", StakeholderGroup.CivilSociety);
        await using var clients = new ClientPool(server.Address);
        var participant = await clients.ConnectAsync(amina.Token);
        await participant.WatchAsync(keys.Id);

        await RefusedAsync("forbidden", participant, "Start", keys.Id);
        await RefusedAsync("invalid", participant, "RaiseHand", keys.Id, "shout");

        var entries = server.Log.Entries;
        Assert.Contains(entries, e => e.Level == LogLevel.Information && e.Exception is null && e.Message == "Hub method Start refused: forbidden");
        Assert.Contains(entries, e => e.Level == LogLevel.Information && e.Exception is null && e.Message == "Hub method RaiseHand refused: invalid");
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Warning && e.Exception is HubException);
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
    }
}
