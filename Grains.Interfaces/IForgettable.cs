namespace AntiLeadership.Live;

/// <summary>
/// A grain whose stored state can be deleted for good (retention, or a facilitator deleting a session
/// or a team): its state is cleared from storage before the call answers, and the activation goes.
/// Forgetting what is already gone is harmless.
/// </summary>
public interface IForgettable : IGrain
{
    Task Forget();
}
