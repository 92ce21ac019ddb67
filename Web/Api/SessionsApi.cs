using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Hosting;
using QRCoder;

namespace AntiLeadership.Live.Web.Api;

/// <summary>What the board and console need to invite people: the code, the join link and its QR code.</summary>
public static class SessionsApi
{
    public const string NotFound = "This session does not exist.";

    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions/{sessionId}").AllowAnonymous();
        sessions.MapGet("/links", GetLinks);
        sessions.MapGet("/join-qr.svg", GetJoinQr);
    }

    private static async Task<IResult> GetLinks(string sessionId, SessionIdGuard guard, PublicAddress address, HttpContext http)
    {
        var (session, refused) = await FindAsync(guard, sessionId, http);
        return session is null ? refused! : TypedResults.Ok(Links(session, address.BaseUrl(http.Request)));
    }

    private static async Task<IResult> GetJoinQr(string sessionId, SessionIdGuard guard, PublicAddress address, HttpContext http)
    {
        var (session, refused) = await FindAsync(guard, sessionId, http);
        if (session is null)
        {
            return refused!;
        }

        // Drawn here rather than in the browser: no script library, and the room display needs no internet.
        using var data = QRCodeGenerator.GenerateQrCode(Links(session, address.BaseUrl(http.Request)).JoinUrl, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return TypedResults.Text(svg, "image/svg+xml");
    }

    private static SessionLinks Links(SessionView session, string baseUrl) =>
        new(session.JoinCode, $"{baseUrl}/join/{session.JoinCode}", $"{baseUrl}/board/{session.SessionId}");

    private static async Task<(SessionView? Session, IResult? Refused)> FindAsync(SessionIdGuard guard, string sessionId, HttpContext http)
    {
        var (session, wait) = await guard.AskAsync(sessionId, ClientAddress.Of(http), null, s => s.GetView(), v => v.Exists);
        return session is not null ? (session, null)
            : wait is { } w ? (null, ApiError.TooManyAttempts(http.Response, w))
            : (null, ApiError.NotFound(NotFound));
    }
}
