namespace AntiLeadership.Live.Activities.Structures;

/// <summary>The Liberating Structures the product guides (<see cref="StructureSetup.Structure"/>).</summary>
public static class StructureNames
{
    public const string OneTwoFourAll = "1-2-4-all";
    public const string ImpromptuNetworking = "impromptu-networking";
    public const string Triz = "triz";
    public const string WhatSoWhatNowWhat = "what-so-what-now-what";
    public const string FifteenPercent = "15-percent-solutions";
}
