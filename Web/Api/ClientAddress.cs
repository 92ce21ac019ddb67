namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The address limits are counted against. Behind a reverse proxy, configure forwarded headers so this
/// is the phone's address rather than the proxy's.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext? http) => http?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
