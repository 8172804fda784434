using System.Text.RegularExpressions;

namespace KnowledgeBase.Privacy;

/// <summary>
/// Masks personal data in free text before it is stored: e-mail addresses, Vietnamese phone numbers (also with the
/// area code in brackets, "(024) 3825 1234"), ID-card numbers (9-digit CMND, 12-digit CCCD, also written in groups),
/// payment card numbers ("4111 1111 1111 1111"), passport numbers ("C1234567") and any other long digit run.
/// Procedure codes such as 1.014061 and dates are left alone because editors need them.
/// </summary>
public static partial class PersonalDataMasker
{
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";
    public const string IdNumberMask = "[id-number]";
    public const string NumberMask = "[number]";
    public const string CardMask = "[card-number]";
    public const string PassportMask = "[passport]";

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var masked = Email().Replace(text, EmailMask);
        // Card numbers first (16 digits in fours), then ID numbers: a grouped CCCD "001 203 004 567" would otherwise
        // look like a phone number plus digits.
        masked = CardNumber().Replace(masked, CardMask);
        masked = Passport().Replace(masked, PassportMask);
        masked = BracketedPhone().Replace(masked, PhoneMask);
        masked = IdNumber().Replace(masked, IdNumberMask);
        masked = Phone().Replace(masked, PhoneMask);
        return LongDigitRun().Replace(masked, NumberMask);
    }

    /// <summary>Removes personal data entirely (for understanding a message, where a mask token would read as a word).</summary>
    public static string Remove(string? text) =>
        Mask(text).Replace(EmailMask, " ", StringComparison.Ordinal).Replace(PhoneMask, " ", StringComparison.Ordinal)
            .Replace(IdNumberMask, " ", StringComparison.Ordinal).Replace(NumberMask, " ", StringComparison.Ordinal)
            .Replace(CardMask, " ", StringComparison.Ordinal).Replace(PassportMask, " ", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // 0xx or +84/84 prefixes followed by 8-10 more digits, optionally grouped with spaces, dots or dashes.
    [GeneratedRegex(@"(?<![\d.])(?:\+84|84|0)(?:[ .-]?\d){8,10}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // 9 or 12 digits, plain or in groups of three; not the subscriber part of a "+84 912 345 678" phone number.
    [GeneratedRegex(@"(?<![\d.])(?<!\+84[ .-]?)(?:\d{12}|\d{9}|\d{3}[ .-]\d{3}[ .-]\d{3}(?:[ .-]\d{3})?)(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IdNumber();

    // A bracketed area or mobile prefix: "(091) 234-5678", "(024) 3825 1234", "(+84) 912 345 678".
    [GeneratedRegex(@"\((?:\+?84|0)\d{0,3}\)[ .-]?(?:\d[ .-]?){6,9}\d(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedPhone();

    // 13 to 19 digits, plain or in groups (a payment card), checked before the 12-digit ID numbers.
    [GeneratedRegex(@"(?<![\d.])(?:\d{4}[ .-]){3}\d{1,7}(?![\d])|(?<![\d.])\d{13,19}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex CardNumber();

    // A Vietnamese passport number: one capital letter and seven digits ("C1234567", "B 1234567").
    [GeneratedRegex(@"(?<![\p{L}\d])[A-Z] ?\d{7}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex Passport();

    [GeneratedRegex(@"(?<![\d.])\d{9,}(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigitRun();
}
