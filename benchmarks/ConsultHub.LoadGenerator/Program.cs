using System.CommandLine;
using System.Globalization;
using ConsultHub.LoadGenerator.Experiments;
using ConsultHub.LoadGenerator.Load;
using ConsultHub.LoadGenerator.SignalR;

// The load generator. `run` drives a hub or baseline that is already listening; `experiment eN`
// starts the servers itself (Release builds), runs, stops them and prints Markdown tables.
// See docs/benchmarks.md for the experiments and their figures.
var root = new RootCommand("Consultation Hub load generator: real SignalR WebSocket connections on 127.0.0.1, all-watchers latency, exactly-once checks.");

var target = new Option<Target>("--target") { Description = "hub or baseline", DefaultValueFactory = _ => Target.Hub };
var url = new Option<string>("--url") { Description = "the server's base address", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
var key = new Option<string?>("--organizer-key") { Description = "the hub's organizer key (Hub:OrganizerKey); not needed for the baseline" };
var consultations = new Option<int>("--consultations", "-c") { Description = "consultations", DefaultValueFactory = _ => 10 };
var participants = new Option<int>("--participants", "-p") { Description = "participants per consultation", DefaultValueFactory = _ => 50 };
var observers = new Option<int>("--observers", "-o") { Description = "observers per consultation", DefaultValueFactory = _ => 0 };
var rate = new Option<double>("--rate", "-r") { Description = "commands per second per consultation", DefaultValueFactory = _ => 1 };
var seconds = new Option<int>("--seconds", "-s") { Description = "seconds of load per step", DefaultValueFactory = _ => 30 };
var protocol = new Option<HubProtocolKind>("--protocol") { Description = "the SignalR hub protocol every connection speaks, to hub and baseline alike: json or messagepack", DefaultValueFactory = _ => HubProtocolKind.Json, Recursive = true };
root.Options.Add(protocol);
var warmUp = new Option<int>("--warm-up") { Description = "unreported seconds of the mix before an experiment's first step (JIT, tiering, caches)", DefaultValueFactory = _ => 10, Recursive = true };
root.Options.Add(warmUp);
var concurrency = new Option<int>("--connect-concurrency") { Description = "connections opened at once during setup", DefaultValueFactory = _ => 32 };

var run = new Command("run", "Drive a running hub or baseline once and print the step's figures.")
{
    target, url, key, consultations, participants, observers, rate, seconds, concurrency,
};
run.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await using var session = new LoadSession(new Uri(parse.GetValue(url)!), parse.GetValue(target), parse.GetValue(key), Runner.ConnectConcurrency);
    await Runner.Show("setup", session, () => session.AddConsultationsAsync(parse.GetValue(consultations), parse.GetValue(participants), parse.GetValue(observers)));
    var step = await Runner.Show("run", session, () => session.MeasureAsync("run", parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(seconds))));
    Report.Steps($"{parse.GetValue(target)} at {parse.GetValue(url)}", [step]);
    return step.Clean ? 0 : 1;
});
root.Subcommands.Add(run);

var experiment = new Command("experiment", "Start the servers, run one experiment of docs/benchmarks.md, stop them, print the tables.");
root.Subcommands.Add(experiment);

Command Experiment(string name, string description, params Option[] options)
{
    var command = new Command(name, description);
    foreach (var option in options)
    {
        command.Options.Add(option);
    }
    command.Options.Add(concurrency);
    experiment.Subcommands.Add(command);
    return command;
}

static double[] Doubles(string list) => [.. list.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))];

var e1C = new Option<int>("--consultations", "-c") { DefaultValueFactory = _ => 100 };
var e1 = Experiment("e1", "E1: 100 consultations x 50 participants, 1 command/s each.", e1C, participants, observers, rate, seconds);
e1.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await E1Latency.RunAsync(parse.GetValue(e1C), parse.GetValue(participants), parse.GetValue(observers), parse.GetValue(rate), parse.GetValue(seconds));
});

var rates = new Option<string>("--rates") { Description = "commands/s per consultation, one step each", DefaultValueFactory = _ => "1,2,4,8,16,32,48,64,96,128" };
var stepSeconds = new Option<int>("--seconds", "-s") { DefaultValueFactory = _ => 15 };
var limit = new Option<double>("--p99-limit") { Description = "p99 limit in ms", DefaultValueFactory = _ => 250 };
var e2C = new Option<int>("--consultations", "-c") { DefaultValueFactory = _ => 20 };
var hubOnly = new Option<bool>("--hub-only") { Description = "skip the baseline (A/B runs of two hub builds, each its own run)" };
var e2 = Experiment("e2", "E2: 20 consultations x 50; raise the rate until p99 passes the limit or a delivery is lost.", e2C, participants, rates, stepSeconds, limit, hubOnly);
e2.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await E2Knee.RunAsync(parse.GetValue(e2C), parse.GetValue(participants), Doubles(parse.GetValue(rates)!), parse.GetValue(stepSeconds), parse.GetValue(limit), parse.GetValue(hubOnly));
});

var perStep = new Option<int>("--per-step") { Description = "connections added per step", DefaultValueFactory = _ => 1000 };
var maxConnections = new Option<int>("--max-connections") { DefaultValueFactory = _ => 10_000 };
var budget = new Option<int>("--budget-minutes") { Description = "stop adding steps after this long (hub)", DefaultValueFactory = _ => 12 };
var e3Seconds = new Option<int>("--seconds", "-s") { DefaultValueFactory = _ => 10 };
var e3 = Experiment("e3", "E3: add connections 1,000 at a time until p99 passes the limit.", perStep, participants, rate, e3Seconds, maxConnections, limit, budget);
e3.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await E3Connections.RunAsync(parse.GetValue(perStep), parse.GetValue(participants), parse.GetValue(rate), parse.GetValue(e3Seconds),
        parse.GetValue(maxConnections), parse.GetValue(limit), TimeSpan.FromMinutes(parse.GetValue(budget)));
});

var e4C = new Option<int>("--consultations", "-c") { DefaultValueFactory = _ => 20 };
var e4O = new Option<int>("--observers", "-o") { DefaultValueFactory = _ => 50 };
var idle = new Option<int>("--idle") { Description = "idle consultations (activations) to create", DefaultValueFactory = _ => 1000 };
var e4 = Experiment("e4", "E4: memory per connection and per idle activation.", e4C, participants, e4O, idle);
e4.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await E4Memory.RunAsync(parse.GetValue(e4C), parse.GetValue(participants), parse.GetValue(e4O), parse.GetValue(idle));
});

var e5C = new Option<int>("--consultations", "-c") { DefaultValueFactory = _ => 10 };
var e5Rate = new Option<double>("--rate", "-r") { DefaultValueFactory = _ => 5 };
var e5Seconds = new Option<int>("--seconds", "-s") { DefaultValueFactory = _ => 20 };
var e5 = Experiment("e5", "E5: journal writes and bytes per command, SQLite and Azurite.", e5C, participants, e5Rate, e5Seconds);
e5.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await E5Journal.RunAsync(parse.GetValue(e5C), parse.GetValue(participants), parse.GetValue(e5Rate), parse.GetValue(e5Seconds));
});

var observerSteps = new Option<string>("--observer-steps") { DefaultValueFactory = _ => "10,500,2000,10000" };
var e6Rate = new Option<double>("--rate", "-r") { DefaultValueFactory = _ => 2 };
var e6Silos = new Option<int>("--silos") { Description = "1: hub against the bare baseline; more: one silo against that many, both over Azurite", DefaultValueFactory = _ => 1 };
var e6 = Experiment("e6", "E6: one consultation with 10, 500, 2,000 and 10,000 observers.", participants, observerSteps, e6Rate, stepSeconds, e6Silos);
e6.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    if (parse.GetValue(e6Silos) > 1)
    {
        await E6Cluster.RunAsync(parse.GetValue(participants), [.. Doubles(parse.GetValue(observerSteps)!).Select(d => (int)d)], parse.GetValue(e6Rate), parse.GetValue(stepSeconds), parse.GetValue(e6Silos));
        return;
    }
    await E6Observers.RunAsync(parse.GetValue(participants), [.. Doubles(parse.GetValue(observerSteps)!).Select(d => (int)d)], parse.GetValue(e6Rate), parse.GetValue(stepSeconds));
});

var e7C = new Option<int>("--consultations", "-c") { DefaultValueFactory = _ => 20 };
var e7P = new Option<int>("--participants", "-p") { DefaultValueFactory = _ => 20 };
var e7Seconds = new Option<int>("--seconds", "-s") { DefaultValueFactory = _ => 30 };
var e7 = Experiment("e7", "E7: E1's mix on three silos (clients on silos other than their grain's) against one silo, both over Azurite; then a kill -9 mid-step.", e7C, e7P, observers, rate, e7Seconds);
e7.SetAction(async parse =>
{
    Runner.ConnectConcurrency = parse.GetValue(concurrency);
    await E7Cluster.RunAsync(parse.GetValue(e7C), parse.GetValue(e7P), parse.GetValue(observers), parse.GetValue(rate), parse.GetValue(e7Seconds));
});

var echoConnections = new Option<int>("--connections") { DefaultValueFactory = _ => 100 };
var echoBytes = new Option<int>("--bytes") { DefaultValueFactory = _ => 1000 };
var echoSeconds = new Option<int>("--seconds", "-s") { DefaultValueFactory = _ => 10 };
var ceiling = Experiment("ceiling", "The ceiling: raw Kestrel WebSocket echo round trips.", echoConnections, echoBytes, echoSeconds);
ceiling.SetAction(async parse => await EchoCeiling.RunAsync(parse.GetValue(echoConnections), parse.GetValue(echoBytes), parse.GetValue(echoSeconds)));

var parsed = root.Parse(args);
LoadSession.Protocol = parsed.GetValue(protocol);
Runner.WarmUpSeconds = parsed.GetValue(warmUp);
return await parsed.InvokeAsync();
