namespace AntiLeadership.Live.Web.Api;

public sealed record SessionLinks(string JoinCode, string JoinUrl, string BoardUrl);
