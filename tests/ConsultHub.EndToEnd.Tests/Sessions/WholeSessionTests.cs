using ConsultHub.EndToEnd.Tests.Fixtures;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ConsultHub.EndToEnd.Tests.Sessions.ObserverSelectors;

namespace ConsultHub.EndToEnd.Tests.Sessions;

/// <summary>
/// A whole session through the browser: an organizer, a moderator, two participants and an
/// observer, each in their own browser context, against the real host process. Every change the
/// observer can see is measured from the action that caused it.
/// </summary>
public sealed class WholeSessionTests(HubBrowserFixture hub, ITestOutputHelper output) : IClassFixture<HubBrowserFixture>
{
    /// <summary>Short, so the warning (limit - 30 s) and overtime come quickly.</summary>
    private const int SpeakingLimitSeconds = 35;

    private const string Privacy = "data sharing and privacy";
    private const string Capacity = "capacity building";
    private const string AnaPoint = "Cross-border data flows need common safeguards for personal data.";
    private const string BoPoint = "Shared safeguards are needed before data crosses borders.";
    private const string CapturedPoint = "Capacity building should come before enforcement.";
    private const string Question = "Should the convention cover cloud service providers?";

    private static readonly Joiner AnaDetails = new("Ana Reyes", "Asia Civil Society Forum", "civil-society", "PH");
    private static readonly Joiner BoDetails = new("Bo Chen", "National University of Singapore", "academia", "SG");

    [Fact]
    public async Task WholeSession_FourPeopleInSeparateContexts_EveryoneSeesEveryChange()
    {
        var shots = new Screenshots(output, "whole-session");
        var latency = new ObserverLatency(output);

        await using var organizer = await hub.OpenAsync("organizer");
        var consultation = await PageFlows.CreateAsync(organizer, hub, new ConsultationDraft(
            "Regional consultation on the draft data convention", "Asia-Pacific", "Asia/Bangkok", [Privacy, Capacity],
            SpeakingLimitSeconds: SpeakingLimitSeconds));
        await shots.TakeAsync(organizer, "created-links");

        await using var observer = await hub.OpenAsync("observer", 1920, 1080);
        await observer.GotoAsync(consultation.ObserverLink);
        await observer.ExpectLiveAsync();
        var watch = observer.Page;
        await watch.Locator(Status("scheduled")).WaitForAsync();

        await using var moderator = await hub.OpenAsync("moderator", 1500, 1200);
        await moderator.GotoAsync(consultation.ModeratorLink);
        await moderator.ExpectLiveAsync();
        var joinCode = (await moderator.TestId("join-code-value").TextContentAsync())?.Trim();
        Assert.False(string.IsNullOrEmpty(joinCode), "The moderator page shows no join code.");

        // Ana types the join code; Bo follows the join link, which carries it.
        await using var ana = await hub.OpenAsync("participant-ana", 1280, 1000);
        await using var bo = await hub.OpenAsync("participant-bo", 1280, 1000);
        await ana.GotoAsync(hub.Url($"#/join/{consultation.Id}"));
        await PageFlows.FillJoinFormAsync(ana, joinCode, AnaDetails);
        var anaId = await JoinAsync(latency, ana, consultation.Id, watch.Locator(PresentInGroup("civil-society", 1)), "Ana joined by code and is present");
        await bo.GotoAsync(consultation.JoinLink);
        await PageFlows.FillJoinFormAsync(bo, null, BoDetails);
        var boId = await JoinAsync(latency, bo, consultation.Id, watch.Locator(PresentInGroup("academia", 1)), "Bo joined from the link and is present");
        await watch.Locator(Headline("headline-present", "2")).WaitForAsync();

        await latency.MeasureAsync("moderator started the consultation",
            () => moderator.TestId("start").ClickAsync(), watch.Locator(Status("live")));

        // Lanes: a point of order goes ahead of an earlier speak hand.
        await latency.MeasureAsync("Ana raised a hand to speak",
            () => ana.TestId("raise-hand").ClickAsync(), watch.Locator(QueueRow(anaId, 1)));
        await ana.Page.Locator("[data-testid=my-queue-position][data-position=\"1\"]").WaitForAsync();
        await bo.TestId("intent-point-of-order").CheckAsync();
        await latency.MeasureAsync("Bo's point of order jumped ahead of Ana",
            () => bo.TestId("raise-hand").ClickAsync(), watch.Locator(QueueRow(boId, 1)));
        await watch.Locator(QueueRow(anaId, 2)).WaitForAsync();
        await Assertions.Expect(watch.Locator(QueueRow(boId, 1))).ToContainTextAsync("Point of order");
        await Assertions.Expect(watch.Locator(Headline("headline-hands", "2"))).ToBeVisibleAsync();
        await ana.Page.Locator("[data-testid=my-queue-position][data-position=\"2\"]").WaitForAsync();
        await Assertions.Expect(moderator.Page.Locator("[data-testid=queue-row] .hand-name")).ToHaveTextAsync([BoDetails.Name, AnaDetails.Name]);
        await shots.TakeAsync(ana, "hand-up-second-behind-point-of-order");

        // The head of the queue (Bo, point of order) gets the floor; the countdown runs on the observer's screen.
        await Assertions.Expect(moderator.TestId("give-floor-head")).ToContainTextAsync(BoDetails.Name);
        await latency.MeasureAsync("Bo was given the floor",
            () => moderator.TestId("give-floor-head").ClickAsync(), watch.Locator(Speaker(BoDetails.Name)));
        await Assertions.Expect(watch.GetByTestId("countdown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0:[0-3]\d$"));
        await watch.Locator(QueueRow(boId)).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await bo.TestId("you-have-floor").WaitForAsync();
        await latency.MeasureAsync("moderator ended Bo's turn",
            () => moderator.TestId("end-turn").ClickAsync(), watch.Locator(Floor("empty")));
        await watch.Locator(Headline("headline-speakers", "1")).WaitForAsync();

        var anaTurnGiven = DateTimeOffset.UtcNow;
        await latency.MeasureAsync("Ana was given the floor",
            () => moderator.TestId("give-floor-head").ClickAsync(), watch.Locator(Speaker(AnaDetails.Name)));
        var turn = await FloorTimes.ReadAsync(hub, consultation.Id);
        Assert.Equal(anaId, turn.ParticipantId);
        Assert.Equal(SpeakingLimitSeconds, turn.LimitSeconds);
        Assert.Equal(TimeSpan.FromSeconds(SpeakingLimitSeconds), turn.EndsAt - turn.StartedAt);
        await ana.TestId("you-have-floor").WaitForAsync();

        await watch.Locator(Floor("warning")).WaitForAsync(new() { Timeout = (float)(Waits.Ui + TimeSpan.FromSeconds(SpeakingLimitSeconds)).TotalMilliseconds });
        RecordTimerChange(latency, "countdown turned to the warning (limit - 30 s)",
            await PageProbe.FloorStateSeenAtAsync(watch, "warning", anaTurnGiven), turn.WarningDueAt);
        await Assertions.Expect(watch.Locator("[data-testid=countdown][data-warning=true]")).ToBeVisibleAsync();
        await shots.TakeAsync(observer, "warning");
        await shots.TakeAsync(ana, "speaking-warning");

        // Points while Ana speaks: posted (open moderation shows them at once), captured, upvoted.
        await PostPointAsync(latency, ana, watch, "observation", Privacy, AnaPoint);
        await PostPointAsync(latency, bo, watch, "recommendation", Privacy, BoPoint);
        await moderator.TestId("capture-kind").SelectOptionAsync("recommendation");
        await moderator.TestId("capture-theme").SelectOptionAsync(Capacity);
        await moderator.TestId("capture-text").FillAsync(CapturedPoint);
        await latency.MeasureAsync("moderator captured a point for the speaker",
            () => moderator.TestId("capture-submit").ClickAsync(), watch.Locator(PointWithText(CapturedPoint)));
        await Assertions.Expect(moderator.Page.Locator("[data-testid=point-item]", new() { HasText = CapturedPoint })).ToContainTextAsync($"Captured for {AnaDetails.Name}");
        var anaPointId = await PointIdAsync(watch, AnaPoint);
        var boPointId = await PointIdAsync(watch, BoPoint);
        var capturedId = await PointIdAsync(watch, CapturedPoint);

        await UpvoteAsync(latency, bo, watch, anaPointId, 1, "Bo upvoted Ana's point");
        await UpvoteAsync(latency, ana, watch, boPointId, 1, "Ana upvoted Bo's point");
        await UpvoteAsync(latency, bo, watch, boPointId, 2, "Bo upvoted his own point");
        await shots.TakeAsync(moderator, "points-while-speaking");

        await watch.Locator(Floor("overtime")).WaitForAsync(new() { Timeout = (float)(Waits.Ui + TimeSpan.FromSeconds(SpeakingLimitSeconds)).TotalMilliseconds });
        RecordTimerChange(latency, "countdown turned to overtime (limit reached)",
            await PageProbe.FloorStateSeenAtAsync(watch, "overtime", anaTurnGiven), turn.EndsAt);
        await watch.GetByTestId("overtime-mark").WaitForAsync();
        await shots.TakeAsync(observer, "overtime");
        await latency.MeasureAsync("moderator ended Ana's overtime turn",
            () => moderator.TestId("end-turn").ClickAsync(), watch.Locator(Floor("empty")));
        await watch.Locator(Headline("headline-speakers", "2")).WaitForAsync();

        // Merge: Bo's duplicate folds into Ana's point. Voters {Bo} + {Ana, Bo} make 2, not 3.
        await moderator.TestId("merge-duplicate").SelectOptionAsync(boPointId);
        await moderator.TestId("merge-into").SelectOptionAsync(anaPointId);
        await latency.MeasureAsync("moderator merged Bo's duplicate into Ana's point (votes combine)",
            () => moderator.TestId("merge-submit").ClickAsync(), watch.Locator(Votes(anaPointId, 2)));
        await watch.Locator(Point(boPointId)).WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await Assertions.Expect(watch.Locator(Moderation("1 merged"))).ToBeVisibleAsync();
        await Assertions.Expect(ana.Page.Locator($"[data-testid=point-item][data-point-id=\"{anaPointId}\"] [data-testid=point-votes]")).ToHaveTextAsync("2");

        await moderator.Page.Locator($"[data-testid=point-item][data-point-id=\"{capturedId}\"] [data-testid=hide-point]").ClickAsync();
        await moderator.TestId("reason-input").FillAsync("Said by the chair, not by Ana");
        await latency.MeasureAsync("moderator hid the captured point",
            () => moderator.TestId("reason-confirm").ClickAsync(), watch.Locator(Point(capturedId)), WaitForSelectorState.Detached);
        await Assertions.Expect(watch.Locator(Moderation("1 hidden"))).ToBeVisibleAsync();
        Assert.DoesNotContain(CapturedPoint, await watch.InnerTextAsync("body"));

        // A poll: opened, voted, a vote changed, closed.
        await moderator.TestId("poll-question").FillAsync(Question);
        var options = moderator.TestId("poll-option-input");
        await options.Nth(0).FillAsync("Yes");
        await options.Nth(1).FillAsync("No");
        await moderator.TestId("poll-add-option").ClickAsync();
        await options.Nth(2).FillAsync("Undecided");
        await latency.MeasureAsync("moderator opened a poll",
            () => moderator.TestId("poll-open").ClickAsync(), watch.Locator(PollWithQuestion(Question)));
        var pollId = await watch.Locator(PollWithQuestion(Question)).GetAttributeAsync("data-poll-id") ?? throw new InvalidOperationException("poll without id");
        await VoteAsync(latency, ana, watch, pollId, 0, PollOption(pollId, 0, 1), "Ana voted Yes");
        await VoteAsync(latency, bo, watch, pollId, 1, PollOption(pollId, 1, 1), "Bo voted No");
        await VoteAsync(latency, bo, watch, pollId, 0, PollOption(pollId, 0, 2), "Bo changed his vote to Yes");
        await watch.Locator(PollOption(pollId, 1, 0)).WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await latency.MeasureAsync("moderator closed the poll",
            () => moderator.Page.Locator($"[data-testid=poll][data-poll-id=\"{pollId}\"] [data-testid=poll-close]").ClickAsync(),
            watch.Locator(PollClosed(pollId)));
        await shots.TakeAsync(moderator, "after-merge-hide-and-poll");
        await shots.TakeAsync(bo, "after-poll");

        await moderator.TestId("close").ClickAsync();
        await latency.MeasureAsync("moderator closed the consultation",
            () => moderator.TestId("close-confirm").ClickAsync(), watch.Locator(Status("closed")));
        foreach (var person in new[] { moderator, ana, bo })
        {
            await person.Page.Locator(Status("closed")).WaitForAsync();
        }
        await shots.TakeAsync(observer, "closed");
        await shots.TakeAsync(moderator, "closed");
        await shots.TakeAsync(ana, "closed");

        latency.Report();
        foreach (var person in new[] { organizer, observer, moderator, ana, bo })
        {
            Assert.True(person.PageErrors.Count == 0, $"{person.Role} had page errors: {string.Join(" | ", person.PageErrors)}");
            Assert.True(person.Dialogs.Count == 0, $"{person.Role} opened dialogs: {string.Join(" | ", person.Dialogs)}");
            foreach (var message in person.ConsoleErrors)
            {
                output.WriteLine($"console ({person.Role}): {message}");
            }
        }
    }

    /// <summary>
    /// A join is done for the person when their floor page is live (submitted, token stored, hub
    /// connected); the observer must show them present within the budget of that. The time from the
    /// click is printed too: it includes the new page's own hub connection.
    /// </summary>
    private async Task<string> JoinAsync(ObserverLatency latency, Person person, string consultationId, ILocator present, string change)
    {
        var fromClick = new System.Diagnostics.Stopwatch();
        var participantId = "";
        await latency.MeasureAsync(change, async () =>
        {
            await person.TestId("join-submit").ClickAsync();
            fromClick.Start();
            participantId = await PageFlows.JoinedParticipantIdAsync(person, consultationId);
        }, present, WaitForSelectorState.Attached);
        output.WriteLine($"                   (join click to present on the observer's page: {fromClick.ElapsedMilliseconds} ms)");
        return participantId;
    }

    private static void RecordTimerChange(ObserverLatency latency, string change, DateTimeOffset? seenAt, DateTimeOffset dueAt)
    {
        Assert.True(seenAt is not null, $"The observer's page never recorded '{change}'.");
        var late = seenAt.Value - dueAt;
        // The page counts down on an estimate of the server clock that can only lag, never lead.
        Assert.True(late >= TimeSpan.FromMilliseconds(-100), $"'{change}' showed {-late.TotalMilliseconds:0} ms before it was due.");
        latency.Record(change, late);
    }

    private static async Task PostPointAsync(ObserverLatency latency, Person author, IPage watch, string kind, string theme, string text)
    {
        await author.TestId("point-kind").SelectOptionAsync(kind);
        await author.TestId("point-theme").SelectOptionAsync(theme);
        await author.TestId("point-text-input").FillAsync(text);
        await latency.MeasureAsync($"{author.Role} posted a point ({kind})",
            () => author.TestId("post-point").ClickAsync(), watch.Locator(PointWithText(text)));
        await Assertions.Expect(watch.Locator(PointWithText(text))).ToContainTextAsync(theme);
    }

    private static async Task<string> PointIdAsync(IPage watch, string text) =>
        await watch.Locator(PointWithText(text)).GetAttributeAsync("data-point-id") ?? throw new InvalidOperationException($"No id on point '{text}'.");

    private static async Task UpvoteAsync(ObserverLatency latency, Person voter, IPage watch, string pointId, int expectedVotes, string change)
    {
        var button = voter.Page.Locator($"[data-testid=point-item][data-point-id=\"{pointId}\"] [data-testid=upvote]");
        await latency.MeasureAsync(change, () => button.ClickAsync(), watch.Locator(Votes(pointId, expectedVotes)));
        await Assertions.Expect(button).ToHaveAttributeAsync("data-upvoted", "true");
    }

    private static async Task VoteAsync(ObserverLatency latency, Person voter, IPage watch, string pollId, int option, string observed, string change)
    {
        var poll = voter.Page.Locator($"[data-testid=poll][data-poll-id=\"{pollId}\"]");
        await poll.Locator($"[data-testid=ballot-option][data-option=\"{option}\"]").CheckAsync();
        await latency.MeasureAsync(change, () => poll.GetByTestId("vote").ClickAsync(), watch.Locator(observed), WaitForSelectorState.Attached);
    }
}
