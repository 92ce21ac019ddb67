namespace AntiLeadership.Live.Sessions;

/// <summary>What a web node needs when a browser connects: the view that browser may see, and whether the participant joined.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionAdmission([property: Id(0)] SessionView View, [property: Id(1)] bool IsMember);
