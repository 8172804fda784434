namespace Bot.Infrastructure;

/// <summary>
/// Conversation or user state that copies itself, so <see cref="InProcessStorage"/> can keep turns apart without a
/// JSON round trip. A copy must share nothing mutable with the original.
/// </summary>
public interface IStateSnapshot
{
    object Snapshot();
}
