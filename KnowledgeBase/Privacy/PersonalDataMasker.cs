using System.Text.RegularExpressions;

namespace KnowledgeBase.Privacy;

/// <summary>
/// Masks personal data in free text before it is stored: e-mail addresses, Vietnamese phone numbers,
/// ID-card numbers (9-digit CMND, 12-digit CCCD, also written in groups) and any other long digit run.
/// Procedure codes such as 1.014061 and dates are left alone because editors need them.
/// </summary>
public static partial class PersonalDataMasker
{
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";
    public const string IdNumberMask = "[id-number]";
    public const string NumberMask = "[number]";

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var masked = Email().Replace(text, EmailMask);
        // ID numbers first: a grouped CCCD "001 203 004 567" would otherwise look like a phone number plus digits.
        masked = IdNumber().Replace(masked, IdNumberMask);
        masked = Phone().Replace(masked, PhoneMask);
        return LongDigitRun().Replace(masked, NumberMask);
    }

    /// <summary>Removes personal data entirely (for understanding a message, where a mask token would read as a word).</summary>
    public static string Remove(string? text) =>
        Mask(text).Replace(EmailMask, " ", StringComparison.Ordinal).Replace(PhoneMask, " ", StringComparison.Ordinal)
            .Replace(IdNumberMask, " ", StringComparison.Ordinal).Replace(NumberMask, " ", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // 0xx or +84/84 prefixes followed by 8-10 more digits, optionally grouped with spaces, dots or dashes.
    [GeneratedRegex(@"(?<![\d.])(?:\+84|84|0)(?:[ .-]?\d){8,10}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // 9 or 12 digits, plain or in groups of three; not the subscriber part of a "+84 912 345 678" phone number.
    [GeneratedRegex(@"(?<![\d.])(?<!\+84[ .-]?)(?:\d{12}|\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}(?:[ .-]\d{3})?)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<![\d.])\d{9,}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigitRun();
}
