namespace AntiLeadership.Live.Web.Api;

/// <summary>The answer to an image upload: the id a content card's setup names, and where screens load it from.</summary>
public sealed record UploadedImage(string ImageId, string Url);
