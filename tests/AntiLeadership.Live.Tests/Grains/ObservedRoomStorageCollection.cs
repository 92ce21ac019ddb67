namespace AntiLeadership.Live.Tests.Grains;

/// <summary>Classes that share <see cref="ObservedRoomStorageFixture.Storage"/>: one at a time, since a test may make it fail.</summary>
[CollectionDefinition(Name)]
public sealed class ObservedRoomStorageCollection : ICollectionFixture<ObservedRoomStorageFixture>
{
    public const string Name = "observed room storage";
}
