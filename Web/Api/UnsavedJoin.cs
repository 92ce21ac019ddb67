namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The answer (503) to a join storage could not complete: the sentence to show, and the credential to
/// try again with, so that the retry is the same participant rather than a second one.
/// </summary>
public sealed record UnsavedJoin(string Error, string Credential);
