using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Tests.Infrastructure;
using AntiLeadership.Live.Web.Api;

namespace AntiLeadership.Live.Tests.Security;

/// <summary>
/// Images for content cards, through the real HTTP API against the PostgreSQL the tests use: only the
/// session's own facilitators upload, the type comes from the bytes, and anyone with the id reads the
/// very bytes back, with the type they were stored with.
/// </summary>
public sealed class CardImagesApiTests(LiveAppFixture fixture) : IClassFixture<LiveAppFixture>
{
    private static readonly byte[] Png = TestImages.Png(24, 16, (200, 120, 40));

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string sessionId, string? credential, HttpContent body, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{sessionId}/images") { Content = body };
        request.Headers.ExpectContinue = expectContinue;
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
    }

    private static ByteArrayContent Raw(byte[] bytes, string declared = "application/octet-stream")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(declared);
        return content;
    }

    private static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ApiError>(TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout))!.Error;

    private Task<HttpResponseMessage> GetAsync(string path) =>
        fixture.Http.GetAsync(path, TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);

    [Fact]
    public async Task A_facilitator_s_upload_reads_back_byte_identical_with_the_type_its_bytes_say_cached_for_good()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);

        // The declared type is a lie; the bytes are a PNG.
        using var uploaded = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, Raw(Png, "text/html"));

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var answer = (await uploaded.Content.ReadFromJsonAsync<UploadedImage>(TestContext.Current.CancellationToken))!;
        Assert.Matches("^[a-f0-9]{24}$", answer.ImageId);
        Assert.Equal($"/images/{answer.ImageId}", answer.Url);
        Assert.Equal(answer.Url, uploaded.Headers.Location?.ToString());
        using var read = await GetAsync(answer.Url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("image/png", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await read.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("nosniff", read.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("immutable", read.Headers.CacheControl?.ToString());
        Assert.Equal(TimeSpan.FromDays(365), read.Headers.CacheControl?.MaxAge);
        Assert.Equal("same-origin", read.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
    }

    [Fact]
    public async Task An_image_sent_as_a_form_file_is_taken_too()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        using var form = new MultipartFormDataContent { { Raw(TestImages.JpegHead, "image/png"), "image", "photo.png" } };

        using var uploaded = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, form);

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var answer = (await uploaded.Content.ReadFromJsonAsync<UploadedImage>(TestContext.Current.CancellationToken))!;
        using var read = await GetAsync(answer.Url);
        Assert.Equal("image/jpeg", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.JpegHead, await read.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_participant_the_board_and_another_team_s_facilitator_cannot_upload()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var otherTeam = await Workshop.StartAsync(fixture.Http, "Green team");
        var joined = await Workshop.JoinAsync(fixture.Http, workshop.JoinCode, "Ana");

        using var asParticipant = await UploadAsync(fixture.Http, workshop.SessionId, joined.Credential, Raw(Png));
        using var asBoard = await UploadAsync(fixture.Http, workshop.SessionId, null, Raw(Png));
        using var asOtherTeam = await UploadAsync(fixture.Http, workshop.SessionId, otherTeam.FacilitatorKey, Raw(Png));

        Assert.Equal(HttpStatusCode.Forbidden, asParticipant.StatusCode);
        Assert.Equal("Only a facilitator can do this.", await ErrorOf(asParticipant));
        Assert.Equal(HttpStatusCode.Unauthorized, asBoard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asOtherTeam.StatusCode);
        Assert.Equal(OwnSession.NotInTeam, await ErrorOf(asOtherTeam));
    }

    [Fact]
    public async Task An_image_over_2_MB_is_refused_with_a_sentence_whether_or_not_its_length_was_said()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var tooBig = new byte[CardImageRules.MaxBytes + 1];
        Png.CopyTo(tooBig, 0);

        using var unsaid = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, new StreamContent(new MemoryStream(tooBig)) { Headers = { ContentLength = null } });

        using var justOver = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, Raw(tooBig));
        // Far over the limit the server answers before reading the body; a client that asks first
        // (Expect: 100-continue, as curl does for large bodies) then never sends it.
        using var farOver = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, Raw(new byte[3 * CardImageRules.MaxBytes]), expectContinue: true);
        foreach (var response in new[] { justOver, farOver, unsaid })
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Equal(CardImageRules.TooBig, await ErrorOf(response));
        }
    }

    [Fact]
    public async Task Bytes_that_are_not_a_png_jpeg_webp_or_gif_are_refused_svg_included_whatever_type_they_claim()
    {
        var workshop = await Workshop.StartAsync(fixture.Http);
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>"u8.ToArray();

        using var asSvg = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, Raw(svg, "image/png"));
        using var asText = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, Raw("just some text"u8.ToArray(), "image/gif"));
        using var empty = await UploadAsync(fixture.Http, workshop.SessionId, workshop.FacilitatorKey, Raw([]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asSvg.StatusCode);
        Assert.Equal(CardImageRules.NoSvg, await ErrorOf(asSvg));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, asText.StatusCode);
        Assert.Equal(CardImageRules.NotAnImage, await ErrorOf(asText));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(CardImageRules.Empty, await ErrorOf(empty));
    }

    [Fact]
    public async Task An_unknown_or_malformed_image_id_is_not_found()
    {
        using var unknown = await GetAsync($"/images/{new string('a', 24)}");
        using var malformed = await GetAsync("/images/..%2F..%2Fetc");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("There is no such image.", await ErrorOf(unknown));
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
    }

    [Fact]
    public async Task An_uploaded_image_is_stored_before_it_is_answered_and_outlives_its_web_node()
    {
        var settings = LiveAppSettings.Isolated();
        string url;
        await using (var first = LiveApp.Start(settings))
        {
            using var http = new HttpClient { BaseAddress = first.BaseAddress, Timeout = Eventually.DefaultTimeout };
            var workshop = await Workshop.StartAsync(http);
            using var uploaded = await UploadAsync(http, workshop.SessionId, workshop.FacilitatorKey, Raw(Png));
            url = (await uploaded.Content.ReadFromJsonAsync<UploadedImage>(TestContext.Current.CancellationToken))!.Url;
        }

        await using var second = LiveApp.Start(settings);
        using var again = new HttpClient { BaseAddress = second.BaseAddress, Timeout = Eventually.DefaultTimeout };
        using var read = await again.GetAsync(url, TestContext.Current.CancellationToken).WaitAsync(Eventually.DefaultTimeout);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(Png, await read.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
