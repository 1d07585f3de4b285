using System.Text.Json;

namespace ConsultHub.EndToEnd.Tests.Fixtures;

/// <summary>The organize and join pages, driven as a person would.</summary>
public static class PageFlows
{
    /// <summary>Creates a consultation on the organize page and reads the links it shows.</summary>
    public static async Task<CreatedConsultation> CreateAsync(Person organizer, HubBrowserFixture hub, ConsultationDraft draft)
    {
        await organizer.GotoAsync(hub.Url("#/organize"));
        await organizer.TestId("organizer-key").FillAsync(HubBrowserFixture.OrganizerKey);
        await organizer.TestId("settings-title").FillAsync(draft.Title);
        await organizer.TestId("settings-region").FillAsync(draft.Region);
        await organizer.TestId("settings-time-zone").SelectOptionAsync(draft.TimeZone);
        await organizer.TestId("settings-themes").FillAsync(string.Join('\n', draft.Themes));
        await organizer.TestId("settings-moderation-mode").SelectOptionAsync(draft.ModerationMode);
        await organizer.TestId("settings-speaking-limit").FillAsync(draft.SpeakingLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await organizer.TestId("create-submit").ClickAsync();
        var links = organizer.TestId("created-links");
        await links.WaitForAsync();
        return new CreatedConsultation(
            await links.GetAttributeAsync("data-consultation-id") ?? throw new InvalidOperationException("created-links has no consultation id."),
            await organizer.TestId("moderator-link").InputValueAsync(),
            await organizer.TestId("join-link").InputValueAsync(),
            await organizer.TestId("observer-link").InputValueAsync());
    }

    /// <summary>Fills and submits the join page already open, waits until the floor page is live, and returns the participant id.</summary>
    public static async Task<string> SubmitJoinFormAsync(Person person, string consultationId, string? typedCode, Joiner who)
    {
        await FillJoinFormAsync(person, typedCode, who);
        await person.TestId("join-submit").ClickAsync();
        return await JoinedParticipantIdAsync(person, consultationId);
    }

    /// <summary>Fills the join page already open, without submitting it.</summary>
    public static async Task FillJoinFormAsync(Person person, string? typedCode, Joiner who)
    {
        if (typedCode is not null)
        {
            await person.TestId("join-code").FillAsync(typedCode);
        }
        await person.TestId("join-name").FillAsync(who.Name);
        if (who.Affiliation is not null)
        {
            await person.TestId("join-affiliation").FillAsync(who.Affiliation);
        }
        await person.TestId("join-group").SelectOptionAsync(who.Group);
        if (who.Country is not null)
        {
            await person.TestId("join-country").SelectOptionAsync(who.Country);
        }
    }

    /// <summary>After submitting the join form: waits until the floor page is live and returns the participant id the browser keeps.</summary>
    public static async Task<string> JoinedParticipantIdAsync(Person person, string consultationId)
    {
        await person.TestId("participate-page").WaitForAsync();
        await person.ExpectLiveAsync();
        var stored = await person.Page.EvaluateAsync<string?>("(key) => localStorage.getItem(key)", $"consulthub.participant.{consultationId}")
            ?? throw new InvalidOperationException($"{person.Role}: no participant token stored after joining.");
        using var json = JsonDocument.Parse(stored);
        return json.RootElement.GetProperty("participantId").GetString() ?? throw new InvalidOperationException("Stored token has no participant id.");
    }
}
