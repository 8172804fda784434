using Microsoft.Bot.Builder;

namespace Bot.Hosting.WarmUp;

/// <summary>
/// Marks the warm-up's own turns. They run the real bot, but no citizen asked them: they must not reach the feedback
/// log, or every instance start would put the warm-up's questions in the editors' inbox.
/// </summary>
public static class WarmUpTurn
{
    private const string Key = "assistant.warm-up";

    public static ITurnContext Mark(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[Key] = true;
        return turnContext;
    }

    public static bool Is(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(Key);
    }
}
