namespace ConsultHub.Web.Tests.Trust.Matrix;

/// <summary>
/// Who may do what, written once. "allow" means the call is not refused as forbidden (it may still be
/// refused for another reason); "deny" means <c>forbidden:</c> on the hub and 403 over HTTP; "closed"
/// means <c>conflict:</c> (409 over HTTP), because every command on a closed consultation says it is closed before
/// anything is asked of the caller (participants' tokens expire at close, so they could not be told apart). The consultation is public unless the operation says "private"; in the live
/// stage it has started, the participant (Amina) has a raised hand and another participant has the floor
/// (Amina herself for "own turn"); the closed stage is the same consultation after Close.
/// </summary>
public static class AuthorizationTable
{
    /// <summary>The table.</summary>
    public const string Text = """
        stage   operation                          anonymous observer participant other-participant removed moderator other-moderator organizer
        live    Watch                              allow     allow    allow       deny              deny    allow     deny            allow
        live    Watch (private)                    deny      allow    allow       deny              deny    allow     deny            allow
        live    WatchWall                          allow     allow    allow       allow             allow   allow     allow           allow
        live    Leave                              deny      deny     allow       deny              deny    deny      deny            deny
        live    RaiseHand                          deny      deny     allow       deny              deny    deny      deny            deny
        live    LowerHand                          deny      deny     allow       deny              deny    deny      deny            deny
        live    PostPoint                          deny      deny     allow       deny              deny    deny      deny            deny
        live    Upvote                             deny      deny     allow       deny              deny    deny      deny            deny
        live    Vote                               deny      deny     allow       deny              deny    deny      deny            deny
        live    Start                              deny      deny     deny        deny              deny    allow     deny            deny
        live    Close                              deny      deny     deny        deny              deny    allow     deny            deny
        live    GiveFloor                          deny      deny     deny        deny              deny    allow     deny            deny
        live    EndTurn                            deny      deny     deny        deny              deny    allow     deny            deny
        live    EndTurn (own turn)                 deny      deny     allow       deny              deny    allow     deny            deny
        live    LowerAllHands                      deny      deny     deny        deny              deny    allow     deny            deny
        live    RemoveHand                         deny      deny     deny        deny              deny    allow     deny            deny
        live    MoveHand                           deny      deny     deny        deny              deny    allow     deny            deny
        live    ApprovePoint                       deny      deny     deny        deny              deny    allow     deny            deny
        live    HidePoint                          deny      deny     deny        deny              deny    allow     deny            deny
        live    PinPoint                           deny      deny     deny        deny              deny    allow     deny            deny
        live    SetPointTheme                      deny      deny     deny        deny              deny    allow     deny            deny
        live    MergePoints                        deny      deny     deny        deny              deny    allow     deny            deny
        live    CapturePoint                       deny      deny     deny        deny              deny    allow     deny            deny
        live    OpenPoll                           deny      deny     deny        deny              deny    allow     deny            deny
        live    ClosePoll                          deny      deny     deny        deny              deny    allow     deny            deny
        live    RemoveParticipant                  deny      deny     deny        deny              deny    allow     deny            deny
        live    GET directory                      allow     allow    allow       allow             allow   allow     allow           allow
        live    GET directory (private listed)     deny      deny     deny        deny              deny    deny      deny            allow
        live    POST create                        deny      deny     deny        deny              deny    deny      deny            allow
        live    GET view                           allow     allow    allow       deny              deny    allow     deny            allow
        live    GET view (private)                 deny      allow    allow       deny              deny    allow     deny            allow
        live    POST join with code                allow     allow    allow       allow             allow   allow     allow           allow
        live    POST join without code             deny      deny     deny        deny              deny    allow     deny            deny
        live    GET summary                        deny      deny     deny        deny              deny    allow     deny            allow
        live    GET roll-up                        deny      deny     deny        deny              deny    deny      deny            allow
        closed  Watch                              allow     allow    deny        deny              deny    allow     deny            allow
        closed  WatchWall                          allow     allow    allow       allow             allow   allow     allow           allow
        closed  Leave                              closed    closed   closed      closed            closed  closed    closed          closed
        closed  RaiseHand                          closed    closed   closed      closed            closed  closed    closed          closed
        closed  LowerHand                          closed    closed   closed      closed            closed  closed    closed          closed
        closed  PostPoint                          closed    closed   closed      closed            closed  closed    closed          closed
        closed  Upvote                             closed    closed   closed      closed            closed  closed    closed          closed
        closed  Vote                               closed    closed   closed      closed            closed  closed    closed          closed
        closed  Start                              closed    closed   closed      closed            closed  closed    closed          closed
        closed  Close                              closed    closed   closed      closed            closed  closed    closed          closed
        closed  GiveFloor                          closed    closed   closed      closed            closed  closed    closed          closed
        closed  EndTurn                            closed    closed   closed      closed            closed  closed    closed          closed
        closed  LowerAllHands                      closed    closed   closed      closed            closed  closed    closed          closed
        closed  RemoveHand                         closed    closed   closed      closed            closed  closed    closed          closed
        closed  MoveHand                           closed    closed   closed      closed            closed  closed    closed          closed
        closed  ApprovePoint                       closed    closed   closed      closed            closed  closed    closed          closed
        closed  HidePoint                          closed    closed   closed      closed            closed  closed    closed          closed
        closed  PinPoint                           closed    closed   closed      closed            closed  closed    closed          closed
        closed  SetPointTheme                      closed    closed   closed      closed            closed  closed    closed          closed
        closed  MergePoints                        closed    closed   closed      closed            closed  closed    closed          closed
        closed  CapturePoint                       closed    closed   closed      closed            closed  closed    closed          closed
        closed  OpenPoll                           closed    closed   closed      closed            closed  closed    closed          closed
        closed  ClosePoll                          closed    closed   closed      closed            closed  closed    closed          closed
        closed  RemoveParticipant                  closed    closed   closed      closed            closed  closed    closed          closed
        closed  GET view                           allow     allow    deny        deny              deny    allow     deny            allow
        closed  POST join with code                closed    closed   closed      closed            closed  closed    closed          closed
        closed  POST join without code             closed    closed   closed      closed            closed  closed    closed          closed
        closed  GET summary                        allow     allow    deny        deny              deny    allow     deny            allow
        """;

    /// <summary>The rows of <see cref="Text"/>.</summary>
    public static IReadOnlyList<AuthorizationRow> Rows { get; } = Parse(Text);

    private static List<AuthorizationRow> Parse(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var callers = Enum.GetValues<TrustCaller>();
        var rows = new List<AuthorizationRow>();
        foreach (var line in lines.Skip(1))
        {
            // The operation may hold spaces: the stage is the first word, the cells the last eight.
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var cells = words[^callers.Length..];
            var operation = string.Join(' ', words[1..^callers.Length]);
            var allowed = callers.Zip(cells).ToDictionary(c => c.First, c => c.Second switch
            {
                "allow" or "closed" => true,
                "deny" => false,
                _ => throw new FormatException($"'{c.Second}' in '{line}' is neither allow, deny nor closed."),
            });
            var closed = callers.Zip(cells).Where(c => c.Second == "closed").Select(c => c.First).ToHashSet();
            rows.Add(new AuthorizationRow(words[0], operation, allowed, closed));
        }
        return rows;
    }
}
