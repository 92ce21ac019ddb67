using AntiLeadership.Live.Activities.Content;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Credentials;
using Microsoft.AspNetCore.Http.Features;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Images for content cards. A facilitator of the session's team uploads one (the raw file as the body,
/// or a multipart form with one file); it is checked by size and by its own first bytes, stored in a
/// grain of its own and only then answered with its id. Anyone with the id may load it: ids are 96
/// random bits, made here, and the board and phones that show the card need no credential for it.
/// </summary>
public static class CardImagesApi
{
    /// <summary>The image plus room for a multipart envelope around it; every other body stays at the server's 64 KB.</summary>
    public const long MaxUploadBody = CardImageRules.MaxBytes + 64 * 1024;

    /// <summary>An image never changes under its id, so screens keep it for a year without asking again.</summary>
    private const string CacheForGood = "public, max-age=31536000, immutable";

    public static void MapCardImagesApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions/{sessionId}/images", Upload).RequireAuthorization(LivePolicies.Facilitator);
        app.MapGet("/images/{imageId}", Download).AllowAnonymous();
    }

    private static async Task<IResult> Upload(string sessionId, HttpContext http, IGrainFactory grains, SessionIdGuard guard, CardImageLookup images)
    {
        var (session, refused) = await OwnSession.FindAsync(sessionId, http, guard, "upload an image to");
        if (session is null)
        {
            return refused!;
        }

        // Only this endpoint takes a body this large, and only once the caller is known to be allowed to.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxUploadBody;
        }

        if (http.Request.ContentLength > MaxUploadBody)
        {
            return TooBig();
        }

        byte[]? bytes;
        try
        {
            bytes = await ReadImageAsync(http.Request);
        }
        catch (BadHttpRequestException tooLarge) when (tooLarge.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooBig();
        }
        catch (InvalidDataException)
        {
            return ApiError.BadRequest(CardImageRules.Empty);
        }

        if (bytes is null)
        {
            return TooBig();
        }

        var (_, problem) = CardImageRules.Check(bytes);
        if (problem is not null)
        {
            return problem == CardImageRules.TooBig ? TooBig()
                : problem == CardImageRules.Empty ? ApiError.BadRequest(problem)
                : TypedResults.Json(new ApiError(problem), statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var imageId = Secrets.NewId();

        // The session hears of it first, so deleting the session can never miss a stored image.
        var recorded = await grains.GetGrain<ISessionGrain>(session.SessionId).RecordImage(imageId);
        if (!recorded.Succeeded)
        {
            return ApiError.BadRequest(recorded.Rejection!);
        }

        var kept = await grains.GetGrain<ICardImageGrain>(imageId).Keep(session.SessionId, bytes);
        if (!kept.Succeeded)
        {
            return ApiError.BadRequest(kept.Rejection!);
        }

        images.Found(imageId);
        var url = $"/images/{imageId}";
        return TypedResults.Created(url, new UploadedImage(imageId, url));
    }

    private static async Task<IResult> Download(string imageId, HttpContext http, CardImageLookup images)
    {
        var (image, wait) = await images.FindAsync(imageId, ClientAddress.Of(http));
        if (wait is { } seconds)
        {
            return ApiError.TooManyAttempts(http.Response, seconds);
        }

        if (image is null)
        {
            return ApiError.NotFound("There is no such image.");
        }

        var headers = http.Response.Headers;
        headers.CacheControl = CacheForGood;
        headers.XContentTypeOptions = "nosniff";
        // Only our own pages show it; another site cannot embed it.
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return TypedResults.Bytes(image.Bytes, image.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{imageId}\""));
    }

    private static IResult TooBig() =>
        TypedResults.Json(new ApiError(CardImageRules.TooBig), statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>The uploaded file's bytes (the first file of a multipart form, or the raw body); null when over the limit.</summary>
    private static async Task<byte[]?> ReadImageAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            var file = form.Files.FirstOrDefault();
            if (file is null)
            {
                return [];
            }

            if (file.Length > CardImageRules.MaxBytes)
            {
                return null;
            }

            await using var stream = file.OpenReadStream();
            return await ReadUpToAsync(stream, request.HttpContext.RequestAborted);
        }

        return await ReadUpToAsync(request.Body, request.HttpContext.RequestAborted);
    }

    /// <summary>Reads at most one byte past the limit, so a body without a length cannot make us hold more.</summary>
    private static async Task<byte[]?> ReadUpToAsync(Stream stream, CancellationToken cancellation)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellation)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > CardImageRules.MaxBytes)
            {
                return null;
            }
        }

        return memory.ToArray();
    }
}
