using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AntiLeadership.Live.Tests.Browser;

/// <summary>What a participant does on the strengths map's phone view, as steps the browser tests share.</summary>
public static class StrengthsPhone
{
    private static readonly LocatorAssertionsToHaveTextOptions Wait = new() { Timeout = 15_000 };

    public static ILocator Pick(Surface phone, string strengthId) =>
        phone.Page.Locator($"[data-test=\"sm-pick\"][data-strength=\"{strengthId}\"]");

    public static ILocator SaveStatus(Surface phone) => phone.Page.Locator("#save-status");

    /// <summary>Opens the folded domain section holding the strength, unless it is open already.</summary>
    public static async Task OpenDomainOfAsync(Surface phone, string strengthId)
    {
        var domain = phone.Page.Locator($"[data-test=\"sm-domain\"]:has([data-strength=\"{strengthId}\"])");
        if (await domain.GetAttributeAsync("open") is null)
        {
            await domain.Locator("summary").ClickAsync();
        }

        await Expect(Pick(phone, strengthId)).ToBeVisibleAsync();
    }

    /// <summary>Picks the strengths in order and waits until the server has them.</summary>
    public static async Task PickAsync(Surface phone, params string[] strengthIds)
    {
        foreach (var id in strengthIds)
        {
            await OpenDomainOfAsync(phone, id);
            await Pick(phone, id).ClickAsync();
            await Expect(Pick(phone, id)).ToHaveAttributeAsync("aria-pressed", "true");
        }

        await Expect(SaveStatus(phone)).ToHaveTextAsync("Saved", Wait);
    }

    /// <summary>"I see <paramref name="strengthId"/> in <paramref name="teammate"/>", on the phone's second tab.</summary>
    public static async Task RecogniseAsync(Surface phone, string teammate, string strengthId, string? example = null)
    {
        await phone.Test("sm-tab-others").ClickAsync();
        var before = await phone.Test("sm-given").Locator("li").CountAsync();
        await phone.Test("sm-strength").SelectOptionAsync(strengthId);
        await phone.Test("sm-person").SelectOptionAsync(new SelectOptionValue { Label = teammate });
        if (example is not null)
        {
            await phone.Test("sm-example-input").FillAsync(example);
        }

        await phone.Test("sm-recognise").ClickAsync();
        await Expect(phone.Test("sm-given").Locator("li")).ToHaveCountAsync(before + 1);
        if (example is not null)
        {
            await Expect(phone.Test("sm-given")).ToContainTextAsync(example);
        }

        await Expect(SaveStatus(phone)).ToHaveTextAsync("Saved", Wait);
    }

    /// <summary>Every matching control is at least 44 px high: one thumb, no zooming.</summary>
    public static async Task AssertThumbSizedAsync(Surface phone, string selector)
    {
        var heights = await phone.Page.Locator(selector).EvaluateAllAsync<double[]>("nodes => nodes.map(n => n.getBoundingClientRect().height)");
        Assert.NotEmpty(heights);
        Assert.All(heights, h => Assert.True(h >= 44, $"A control is {h} px high, under the 44 px a thumb needs."));
    }
}
