namespace AntiLeadership.Live.Web.Api;

/// <summary>The body of every refused HTTP request: one sentence for the user's screen.</summary>
public sealed record ApiError(string Error)
{
    public static IResult BadRequest(string message) => TypedResults.BadRequest(new ApiError(message));

    public static IResult NotFound(string message) => TypedResults.NotFound(new ApiError(message));
}
