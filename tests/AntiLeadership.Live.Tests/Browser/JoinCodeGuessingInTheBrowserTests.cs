using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>
/// A phone guessing join codes is told, in words, to wait. A class (so a server) of its own: the
/// guesses throttle the address every browser test shares, 127.0.0.1.
/// </summary>
public sealed class JoinCodeGuessingInTheBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly Microsoft.Playwright.LocatorAssertionsToContainTextOptions Contain = new() { Timeout = 15_000 };

    [Fact]
    public async Task A_phone_guessing_join_codes_is_told_to_wait()
    {
        var baseUrl = fixture.Server.App.BaseAddress.ToString().TrimEnd('/');
        await using var phone = await Surface.OpenAsync(fixture.Browser, Surface.Phone, phone: true);
        await phone.Page.GotoAsync($"{baseUrl}/join");

        for (var i = 0; i < 11; i++)
        {
            await phone.Test("code-input").FillAsync($"ZZZZZZ{i:D2}");
            await phone.Test("code-submit").ClickAsync();
            await Expect(phone.Test("error")).ToContainTextAsync(i < 10 ? "No open session has that code" : "Too many attempts — try again in", Contain);
            if (i == 10)
            {
                await Accessibility.AssertNoViolationsAsync(phone, "phone told to wait");
            }

            await phone.Page.EvaluateAsync("() => { document.querySelector('[data-test=\"error\"]').textContent = ''; }");
        }
    }
}
