namespace Bot.DirectLine;

/// <summary>Citizen-facing text the Direct Line host itself sends, read once from the embedded <c>Messages/*.txt</c> files.</summary>
public sealed class DirectLineMessages
{
    public string TurnError { get; } = EmbeddedText.Read(typeof(DirectLineMessages).Assembly, "Bot.DirectLine.Messages.turn-error.txt");
}
