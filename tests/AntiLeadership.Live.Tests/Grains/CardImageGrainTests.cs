using AntiLeadership.Live.Activities.Content;

namespace AntiLeadership.Live.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class CardImageGrainTests(GrainClusterFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly byte[] Gif = [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, (byte)';'];

    private ICardImageGrain NewImage() => fixture.Grains.GetGrain<ICardImageGrain>(Guid.NewGuid().ToString("N")[..24]);

    [Fact]
    public async Task An_image_is_kept_with_the_type_its_own_bytes_say_and_the_same_upload_again_is_harmless()
    {
        var image = NewImage();

        var kept = await image.Keep("session-1", Gif).WaitAsync(Timeout);
        var again = await image.Keep("session-1", Gif).WaitAsync(Timeout);
        var other = await image.Keep("session-1", [.. Gif, 0]).WaitAsync(Timeout);

        Assert.True(kept.Succeeded);
        Assert.True(again.Succeeded);
        Assert.Equal("This image id is already taken. Upload the image again.", other.Rejection);
        var stored = await image.Get().WaitAsync(Timeout);
        Assert.Equal(("image/gif", "session-1"), (stored!.ContentType, stored.SessionId));
        Assert.Equal(Gif, stored.Bytes);
    }

    [Fact]
    public async Task Bytes_that_are_no_png_jpeg_webp_or_gif_are_refused_and_nothing_is_kept()
    {
        var svg = NewImage();
        var text = NewImage();
        var empty = NewImage();

        var svgOutcome = await svg.Keep("session-1", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray()).WaitAsync(Timeout);
        var textOutcome = await text.Keep("session-1", "GIF8 is not enough"u8.ToArray()).WaitAsync(Timeout);
        var emptyOutcome = await empty.Keep("session-1", []).WaitAsync(Timeout);

        Assert.Equal(CardImageRules.NoSvg, svgOutcome.Rejection);
        Assert.Equal(CardImageRules.NotAnImage, textOutcome.Rejection);
        Assert.Equal(CardImageRules.Empty, emptyOutcome.Rejection);
        foreach (var image in new[] { svg, text, empty })
        {
            Assert.Null(await image.Get().WaitAsync(Timeout));
        }
    }

    [Fact]
    public void The_four_formats_are_told_from_their_first_bytes_whatever_follows()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0];
        byte[] webp = [.. "RIFF"u8, 4, 0, 0, 0, .. "WEBPVP8 "u8];
        byte[] riffWave = [.. "RIFF"u8, 4, 0, 0, 0, .. "WAVEfmt "u8];

        Assert.Equal("image/png", CardImageRules.Check(png).ContentType);
        Assert.Equal("image/jpeg", CardImageRules.Check(jpeg).ContentType);
        Assert.Equal("image/webp", CardImageRules.Check(webp).ContentType);
        Assert.Equal("image/gif", CardImageRules.Check(Gif).ContentType);
        Assert.Equal(CardImageRules.NotAnImage, CardImageRules.Check(riffWave).Problem);
        Assert.Equal(CardImageRules.TooBig, CardImageRules.Check(new byte[CardImageRules.MaxBytes + 1]).Problem);
    }
}
