using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Tests.Consultations;

/// <summary>Tests that start from a started consultation with Alice (civil society) and Bob (academia) joined and connected.</summary>
public abstract class StartedRoom : IAsyncLifetime
{
    protected ConsultationHost Host { get; private set; } = null!;

    protected TestConsultation Room { get; private set; } = null!;

    protected TestParticipant Alice { get; private set; } = null!;

    protected TestParticipant Bob { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await ConsultationHost.StartAsync();
        Room = await Host.CreateAsync();
        Alice = await Room.JoinConnectedAsync("Alice");
        Bob = await Room.JoinConnectedAsync("Bob", StakeholderGroup.Academia);
        await Room.ModerateAsync(new StartConsultation());
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
