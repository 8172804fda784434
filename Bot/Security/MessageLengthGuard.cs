using System.Globalization;
using Microsoft.Extensions.Options;

namespace Bot.Security;

/// <summary>Outcome of <see cref="MessageLengthGuard.Check"/>: the refusal to send when the message is too long.</summary>
public sealed record MessageLengthCheck(bool IsAllowed, int Length, string? Refusal);

/// <summary>
/// The bot calls this before searching: a message longer than <see cref="LimitsOptions.MaxMessageLength"/>
/// characters (user-perceived characters, so Vietnamese diacritics count once) gets a polite refusal instead
/// of an answer. Request bodies over the byte limit never reach the bot: the request guard returns 413.
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

        // UTF-16 length over-counts decomposed diacritics; count text elements only when it matters.
        var length = new StringInfo(text).LengthInTextElements;
        return length <= _maxLength
            ? new MessageLengthCheck(true, length, null)
            : new MessageLengthCheck(false, length, _messages.MessageTooLong(length, _maxLength));
    }
}
