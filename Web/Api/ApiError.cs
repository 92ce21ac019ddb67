namespace AntiLeadership.Live.Web.Api;

/// <summary>The body of every refused HTTP request: one sentence for the user's screen.</summary>
public sealed record ApiError(string Error)
{
    public static IResult BadRequest(string message) => TypedResults.BadRequest(new ApiError(message));

    public static IResult NotFound(string message) => TypedResults.NotFound(new ApiError(message));

    public static IResult Forbidden(string message) => TypedResults.Json(new ApiError(message), statusCode: StatusCodes.Status403Forbidden);

    public static IResult TooManyAttempts(HttpResponse response, TimeSpan retryAfter) => TooMany(response, retryAfter, "Too many attempts");

    /// <summary>A 429 with Retry-After in whole seconds and "<paramref name="what"/> — try again in N s." for the screen.</summary>
    public static IResult TooMany(HttpResponse response, TimeSpan retryAfter, string what)
    {
        response.Headers.RetryAfter = WholeSeconds(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Json(new ApiError(TryAgainIn(what, retryAfter)), statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>
    /// "<paramref name="what"/> — try again in N s.": the one wording of every wait, over HTTP and on the
    /// hub alike, which the pages read the seconds back from to wait and try again by themselves.
    /// </summary>
    public static string TryAgainIn(string what, TimeSpan retryAfter) => $"{what} — try again in {WholeSeconds(retryAfter)} s.";

    private static int WholeSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
