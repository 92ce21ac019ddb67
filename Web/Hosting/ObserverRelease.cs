namespace AntiLeadership.Live.Web.Hosting;

/// <summary>
/// Lets go of an observer this node gave a grain (a session's or a team plan's subscription), after the
/// grain has been told to forget it. A one-way push the grain sent before it heard that may still be on its
/// way, and a push that reaches an object reference already deleted is logged by Orleans as an error
/// ("Unexpected target grain in request"), once per push: so the reference is deleted a little later.
/// </summary>
public static class ObserverRelease
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    public static void DeleteLater<T>(IGrainFactory grains, T reference)
        where T : IGrainObserver =>
        Task.Delay(Grace).ContinueWith(_ => grains.DeleteObjectReference<T>(reference), TaskScheduler.Default);
}
