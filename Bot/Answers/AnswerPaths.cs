namespace Bot.Answers;

/// <summary>Which path produced the text of an answer, recorded on the reply and in feedback.</summary>
public static class AnswerPaths
{
    public const string Extractive = "extractive";
    public const string Llm = "llm";
}
