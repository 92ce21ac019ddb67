using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>What a participant does on the phone page, as steps the browser tests share.</summary>
public static class ParticipantPage
{
    /// <summary>Opens a join link, picks a name and waits until the phone is live.</summary>
    public static async Task JoinAsync(Surface phone, string joinUrl, string name)
    {
        await phone.Page.GotoAsync(joinUrl);
        await phone.Test("name-input").FillAsync(name);
        await phone.Test("name-submit").ClickAsync();
        await Expect(phone.Test("connection-state")).ToHaveAttributeAsync("data-connection-state", "connected");
    }

    public static ILocator DotCount(Surface phone, int statement) =>
        phone.Test("statement").Nth(statement).Locator("[data-test=\"dot-count\"]");

    /// <summary>Taps "+" once and waits for the page to show the extra dot (before the server has it).</summary>
    public static async Task AddDotAsync(Surface phone, int statement)
    {
        var before = int.Parse(await DotCount(phone, statement).InnerTextAsync());
        await phone.Test("statement").Nth(statement).Locator("[data-test=\"add-dot\"]").ClickAsync();
        await Expect(DotCount(phone, statement)).ToHaveTextAsync($"{before + 1}");
    }

    /// <summary>The participant this phone joined as, from the identity the page keeps in its storage.</summary>
    public static Task<string> ParticipantIdAsync(Surface phone, string teamId) =>
        phone.Page.EvaluateAsync<string>($"() => JSON.parse(localStorage.getItem('antileadership.participant.{teamId}')).participantId")
            .WaitAsync(Infrastructure.Eventually.DefaultTimeout);
}
