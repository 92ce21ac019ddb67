namespace AntiLeadership.Live.Activities.Content;

/// <summary>
/// An image as stored: its bytes, the content type read from them, and the session it was uploaded
/// for. Immutable: nobody changes <see cref="Bytes"/> once it is made.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CardImage(
    [property: Id(0)] string ContentType,
    [property: Id(1)] byte[] Bytes,
    [property: Id(2)] string SessionId);
