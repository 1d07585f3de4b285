using ConsultHub.Domain.Commands;
using ConsultHub.Domain.Events;
using ConsultHub.Domain.Model;
using ConsultHub.Domain.Rules;
using CsCheck;
using Xunit.Abstractions;

namespace ConsultHub.Grains.Tests.Consultations.Timing;

public sealed class DeadlineTimerPropertyTests(ITestOutputHelper output)
{
    private const int Rooms = 400, Steps = 60;

    /// <summary>Late by at most the timer's own lateness (a re-armed remainder may be late once more), never early.</summary>
    private static readonly TimeSpan Tolerance = JitteryScheduler.MaxLate + TimeSpan.FromMilliseconds(1);

    [Fact]
    public void TimersFiringEarlyAndLate_EveryDeadlineActsOnceAtOrJustAfterItsMoment()
    {
        var (early, late, acted) = (0, 0, 0);
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var clock = new JitteryScheduler(random);
            var room = new SimulatedRoom(clock, speakingLimitSeconds: random.Next(10, 90), people: 5);
            var seen = new Dictionary<Deadline, DateTimeOffset>();
            for (var step = 0; step < Steps; step++)
            {
                clock.RunUntil(clock.Now + TimeSpan.FromMilliseconds(random.Next(0, 25_000)));
                AssertNothingOverdue(room, seen, clock.Now);
                RandomMove(room, random);
                AssertNothingOverdue(room, seen, clock.Now);
            }
            clock.RunUntil(clock.Now + TimeSpan.FromMinutes(5));
            AssertNothingOverdue(room, seen, clock.Now);
            AssertEachMarkOncePerTurn(room);
            (early, late, acted) = (early + clock.EarlyFires, late + clock.LateFires, acted + room.TimerEvents.Count);
        }, iter: Rooms, threads: 1, print: seed => $"seed {seed}");

        output.WriteLine($"{Rooms} rooms: {acted} deadlines acted on, timers fired early {early} and late {late} times");
        Assert.True(early > 1_000 && late > 1_000, $"The clock jittered too little: {early} early, {late} late.");
        Assert.True(acted > 2_000, $"Only {acted} deadlines were acted on.");
    }

    [Fact]
    public void TimerFiringEarly_ReArmsForTheRest_InsteadOfForgettingTheDeadline()
    {
        var clock = new JitteryScheduler(new AlwaysEarly());
        var room = new SimulatedRoom(clock, speakingLimitSeconds: 40, people: 1);
        room.Run(Caller.Moderator(), new GiveFloor("p-1"));

        clock.RunUntil(clock.Now + TimeSpan.FromSeconds(41));

        Assert.Equal(["turn-warned", "turn-overtime"], room.TimerEvents.Select(e => e.Event is TurnWarned ? "turn-warned" : "turn-overtime"));
        Assert.True(clock.EarlyFires >= 2);
        Assert.Null(room.Timer.ArmedFor);
    }

    private static void RandomMove(SimulatedRoom room, Random random)
    {
        var who = $"p-{random.Next(1, 6)}";
        var self = Caller.Participant(who, who);
        ConsultationCommand command;
        var caller = Caller.Moderator();
        switch (random.Next(6))
        {
            case 0: command = new GiveFloor(random.Next(2) == 0 ? null : who); break;
            case 1: command = new EndTurn(); break;
            case 2: (command, caller) = (new RaiseHand(HandIntent.Speak), self); break;
            case 3: (command, caller) = (new Disconnect(who), self); break;
            case 4: (command, caller) = (new Connect(who), self); break;
            default: (command, caller) = (new LowerHand(), self); break;
        }
        room.Run(caller, command);
    }

    /// <summary>
    /// No deadline is pending longer than the tolerance past its moment, or past the moment it arose
    /// when it arose already due (a hand raised long after its owner dropped off acts at once).
    /// </summary>
    private static void AssertNothingOverdue(SimulatedRoom room, Dictionary<Deadline, DateTimeOffset> seen, DateTimeOffset now)
    {
        var pending = Deadlines.Of(room.State);
        foreach (var gone in seen.Keys.Except(pending).ToList())
        {
            seen.Remove(gone);
        }
        foreach (var deadline in pending)
        {
            var arose = seen.TryAdd(deadline, now) ? now : seen[deadline];
            var actBy = (deadline.At > arose ? deadline.At : arose) + Tolerance;
            Assert.True(actBy >= now, $"{deadline.Command} was due at {deadline.At:HH:mm:ss.fff} and is still pending at {now:HH:mm:ss.fff}.");
        }
        foreach (var (e, at) in room.TimerEvents)
        {
            var due = DueOf(room.State, e);
            Assert.True(due is null || (at >= due && at <= due + Tolerance), $"{e} acted at {at:HH:mm:ss.fff}, due {due:HH:mm:ss.fff}.");
        }
    }

    private static DateTimeOffset? DueOf(ConsultationState state, ConsultationEvent e) => e switch
    {
        TurnWarned w => state.Turns.Single(t => t.Id == w.TurnId).WarnAt,
        TurnOvertime o => state.Turns.Single(t => t.Id == o.TurnId).EndsAt,
        _ => null,
    };

    private static void AssertEachMarkOncePerTurn(SimulatedRoom room)
    {
        var warned = room.TimerEvents.Select(e => e.Event).OfType<TurnWarned>().GroupBy(w => w.TurnId);
        var overtime = room.TimerEvents.Select(e => e.Event).OfType<TurnOvertime>().GroupBy(o => o.TurnId);
        Assert.All(warned, g => Assert.Single(g));
        Assert.All(overtime, g => Assert.Single(g));
    }

    /// <summary>Makes every timer fire as early as the scheduler allows (half its delay).</summary>
    private sealed class AlwaysEarly : Random
    {
        public override int Next(int maxValue) => 0;

        public override double NextDouble() => 0.999;
    }
}
