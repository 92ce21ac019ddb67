using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// The built-in catalogue, in our own words: four domains of everyday team strengths, each with a
/// one-line description a participant can read on a phone. Ids are stable (stored in entries); names may
/// be reworded.
/// </summary>
public static class StrengthsCatalogue
{
    public static IReadOnlyList<StrengthDomain> Domains { get; } =
    [
        new("doing", "Getting things done"),
        new("influencing", "Influencing"),
        new("relating", "Building relationships"),
        new("thinking", "Thinking"),
    ];

    public static IReadOnlyList<Strength> Strengths { get; } =
    [
        new("follow-through", "doing", "Follow-through", "Finishes what was started, and says so early when plans change."),
        new("careful-craft", "doing", "Careful craft", "Takes care over the details others would skip."),
        new("planning-ahead", "doing", "Planning ahead", "Sees the steps, and the order that makes them easy."),
        new("steady-pace", "doing", "Steady pace", "Keeps work moving on the days nothing is exciting."),
        new("making-it-simple", "doing", "Making it simple", "Cuts a tangled task down to what matters."),
        new("taking-ownership", "doing", "Taking ownership", "Picks up what nobody owns and sees it through."),
        new("calm-under-pressure", "doing", "Calm under pressure", "Stays clear-headed when the deadline is close."),

        new("speaking-up", "influencing", "Speaking up", "Says the difficult thing, kindly and in time."),
        new("getting-started", "influencing", "Getting things started", "Turns talk into a first step."),
        new("persuading-with-reasons", "influencing", "Persuading with reasons", "Brings people along with evidence and a good story."),
        new("reaching-out", "influencing", "Reaching out", "Knows who to ask beyond the team, and asks."),
        new("championing-ideas", "influencing", "Championing ideas", "Gives a good idea a voice, whoever had it."),
        new("energy-in-the-room", "influencing", "Energy in the room", "Lifts a group that is stuck or tired."),

        new("careful-listening", "relating", "Careful listening", "Hears what is meant, not only what is said."),
        new("making-people-welcome", "relating", "Making people welcome", "Helps newcomers find their place quickly."),
        new("bridging-differences", "relating", "Bridging differences", "Finds common ground between people who disagree."),
        new("noticing-how-people-are", "relating", "Noticing how people are", "Spots when someone is struggling, and asks."),
        new("keeping-trust", "relating", "Keeping trust", "What is said in confidence stays there."),
        new("helping-others-grow", "relating", "Helping others grow", "Shares what they know, patiently."),
        new("giving-credit", "relating", "Giving credit", "Notices other people's work and says so."),

        new("asking-good-questions", "thinking", "Asking good questions", "Finds the question that opens a problem up."),
        new("seeing-patterns", "thinking", "Seeing patterns", "Connects things that looked unrelated."),
        new("thinking-ahead", "thinking", "Thinking ahead", "Imagines what could go wrong, and what could go right."),
        new("learning-fast", "thinking", "Learning fast", "Picks up something new and makes sense of it."),
        new("weighing-options", "thinking", "Weighing options", "Compares choices fairly before deciding."),
        new("fresh-ideas", "thinking", "Fresh ideas", "Suggests a way nobody had tried."),
        new("reading-the-numbers", "thinking", "Reading the numbers", "Finds what the data is really saying."),
    ];
}
