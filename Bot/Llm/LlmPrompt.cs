namespace Bot.Llm;

/// <summary>The two chat messages sent to the model: fixed rules, and the data (conversation, question, sources).</summary>
public sealed record LlmPrompt(string System, string User)
{
    public int Length => System.Length + User.Length;
}
