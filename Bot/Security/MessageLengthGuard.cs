using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Security;

/// <summary>Outcome of <see cref="MessageLengthGuard.Check"/>: the refusal to send when the message is too long.</summary>
public sealed record MessageLengthCheck(bool IsAllowed, int Length, string? Refusal);

/// <summary>
/// The bot calls this before searching: a message longer than <see cref="LimitsOptions.MaxMessageLength"/>
/// characters (user-perceived characters, so Vietnamese diacritics count once), or longer than four times that in
/// UTF-16 units, gets a polite refusal instead of an answer. Request bodies over the byte limit never reach the bot: the request guard returns 413.
/// </summary>
public sealed class MessageLengthGuard
{
    private readonly int _maxLength;
    private readonly AbuseMessages _messages;

    public MessageLengthGuard(IOptions<LimitsOptions> options)
        : this(options.Value.MaxMessageLength, AbuseMessages.Instance)
    {
    }

    internal MessageLengthGuard(int maxLength, AbuseMessages messages)
    {
        _maxLength = maxLength;
        _messages = messages;
    }

    public int MaxLength => _maxLength;

    public MessageLengthCheck Check(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= _maxLength)
        {
            return new MessageLengthCheck(true, text?.Length ?? 0, null);
        }

        // UTF-16 length over-counts decomposed diacritics, so text elements are what the citizen typed; but a text of
        // combining marks stacked on a few letters is short in elements and huge in memory: it is refused as well
        // beyond four UTF-16 units per allowed character (a decomposed Vietnamese letter takes at most three).
        var length = new StringInfo(text).LengthInTextElements;
        return length <= _maxLength && text.Length <= _maxLength * 4
            ? new MessageLengthCheck(true, length, null)
            : new MessageLengthCheck(false, Math.Max(length, text.Length / 4), _messages.MessageTooLong(Math.Max(length, text.Length / 4), _maxLength));
    }
}
