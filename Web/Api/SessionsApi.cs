using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using QRCoder;

namespace AntiLeadership.Live.Web.Api;

/// <summary>What the board and console need to invite people: the code, the join link and its QR code.</summary>
public static class SessionsApi
{
    public static void MapSessionsApi(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/sessions/{sessionId}").AllowAnonymous();
        sessions.MapGet("/links", GetLinks);
        sessions.MapGet("/join-qr.svg", GetJoinQr);
    }

    private static async Task<IResult> GetLinks(string sessionId, IGrainFactory grains, PublicAddress address, HttpRequest http)
    {
        var session = await FindAsync(grains, sessionId);
        return session is null
            ? ApiError.NotFound("This session does not exist.")
            : TypedResults.Ok(Links(session, address.BaseUrl(http)));
    }

    private static async Task<IResult> GetJoinQr(string sessionId, IGrainFactory grains, PublicAddress address, HttpRequest http)
    {
        var session = await FindAsync(grains, sessionId);
        if (session is null)
        {
            return ApiError.NotFound("This session does not exist.");
        }

        // Drawn here rather than in the browser: no script library, and the room display needs no internet.
        using var data = QRCodeGenerator.GenerateQrCode(Links(session, address.BaseUrl(http)).JoinUrl, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return TypedResults.Text(svg, "image/svg+xml");
    }

    private static SessionLinks Links(SessionView session, string baseUrl) =>
        new(session.JoinCode, $"{baseUrl}/join/{session.JoinCode}", $"{baseUrl}/board/{session.SessionId}");

    private static async Task<SessionView?> FindAsync(IGrainFactory grains, string sessionId)
    {
        if (!Credential.IsId(sessionId))
        {
            return null;
        }

        var view = await grains.GetGrain<ISessionGrain>(sessionId).GetView();
        return view.Exists ? view : null;
    }
}
