using System.Text;
using System.Text.RegularExpressions;
using Bot.Answers;
using KnowledgeBase.Procedures;

namespace Bot.Llm.Grounding;

/// <summary>
/// Checks an LLM answer against the catalogue before a citizen sees it. The answer must cite at least one
/// source code like [1.014061]; every code it mentions must be a source; every URL must come from a cited
/// source; every money amount, duration, count and percentage must appear (same value, same unit) in the cited
/// sources; and every other number of 10 or more must appear there too, so a fee written without a unit is
/// still caught. Numbers below 10 without a unit are let through: they are step numbers and list positions.
/// An answer saying the procedure is free must cite a source whose fee says so ("Không", "Miễn phí").
/// </summary>
public sealed partial class GroundednessGuard
{
    private const decimal SmallBareNumberLimit = 10m;
    private const decimal MinUnitlessAmount = 1000m;

    public GuardVerdict Check(string answer, IReadOnlyList<GroundingSource> sources)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(sources);
        var text = answer.Normalize(NormalizationForm.FormC);
        if (string.IsNullOrWhiteSpace(text))
        {
            return GuardVerdict.Reject("empty answer");
        }

        var byCode = new Dictionary<string, GroundingSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            byCode.TryAdd(source.Procedure.Code, source);
        }

        foreach (Match code in CodeToken().Matches(text))
        {
            if (!byCode.ContainsKey(code.Value))
            {
                return GuardVerdict.Reject($"mentions code {code.Value}, which is not among the sources");
            }
        }

        var cited = new List<string>();
        foreach (Match citation in Citation().Matches(text))
        {
            foreach (Match code in CodeToken().Matches(citation.Value))
            {
                if (!cited.Contains(code.Value))
                {
                    cited.Add(code.Value);
                }
            }
        }

        if (cited.Count == 0)
        {
            return GuardVerdict.Reject("cites no source code");
        }

        var facts = SourceFacts.From(cited.Select(c => byCode[c]));

        foreach (Match url in Url().Matches(text))
        {
            var value = url.Value.TrimEnd('.', ',', ';', ':', ')', ']');
            if (!facts.ContainsText(value))
            {
                return GuardVerdict.Reject($"links {value}, which is not in the cited sources");
            }
        }

        // Codes, URLs and list markers carry digits that are not claims about fees or times.
        var claims = Url().Replace(text, " ");
        claims = CodeToken().Replace(claims, " ");
        claims = ListMarker().Replace(claims, " ");

        foreach (var quantity in QuantityExtractor.Extract(claims))
        {
            if (quantity.Kind == QuantityKind.Bare && quantity.Value < SmallBareNumberLimit)
            {
                continue;
            }

            if (!facts.Supports(quantity))
            {
                return GuardVerdict.Reject(
                    $"states {Describe(quantity)} '{quantity.Text}', which is not in the cited sources {string.Join(", ", cited)}");
            }
        }

        var free = FreeClaim().Match(claims);
        if (free.Success && !facts.StatesNoFee)
        {
            return GuardVerdict.Reject($"says '{free.Value}', but no cited source states that there is no fee");
        }

        return new GuardVerdict(true, cited, null);
    }

    private static string Describe(Quantity quantity) => quantity.Kind switch
    {
        QuantityKind.Money => "the amount",
        QuantityKind.Duration => "the duration",
        QuantityKind.Count => "the count",
        QuantityKind.Percent => "the percentage",
        _ => "the number",
    };

    /// <summary>Everything the cited sources state, as normalised quantities and raw text.</summary>
    private sealed class SourceFacts
    {
        private readonly HashSet<(QuantityKind Kind, string Unit, decimal Value)> _quantities = [];
        private readonly HashSet<decimal> _values = [];
        private readonly StringBuilder _text = new();

        public static SourceFacts From(IEnumerable<GroundingSource> sources)
        {
            var facts = new SourceFacts();
            foreach (var source in sources)
            {
                foreach (var part in SourceText(source))
                {
                    facts.Add(part);
                }

                var fees = source.Procedure.Channels.Select(c => c.Fee)
                    .Append(source.Procedure.GetSection(SectionKind.Fees)?.Markdown);
                facts.StatesNoFee |= fees.Any(fee => fee is not null && NoFeeMarker().IsMatch(fee));
            }

            return facts;
        }

        public bool StatesNoFee { get; private set; }

        public bool ContainsText(string value) => _text.ToString().Contains(value, StringComparison.OrdinalIgnoreCase);

        public bool Supports(Quantity quantity)
        {
            if (quantity.Kind == QuantityKind.Bare)
            {
                return _values.Contains(quantity.Value);
            }

            if (_quantities.Contains((quantity.Kind, quantity.Unit, quantity.Value)))
            {
                return true;
            }

            // "7 ngày" restates "7 ngày làm việc" less precisely; the reverse would claim more than the source says.
            if (quantity is { Kind: QuantityKind.Duration, Unit: "day" } &&
                _quantities.Contains((QuantityKind.Duration, "workday", quantity.Value)))
            {
                return true;
            }

            // Fee tables sometimes give the amount without a unit ("Lệ phí: 500000"); amounts that large are not step numbers.
            return quantity is { Kind: QuantityKind.Money, Unit: "đồng", Value: >= MinUnitlessAmount } &&
                   _quantities.Contains((QuantityKind.Bare, "", quantity.Value));
        }

        private void Add(string? part)
        {
            if (string.IsNullOrEmpty(part))
            {
                return;
            }

            var text = part.Normalize(NormalizationForm.FormC);
            _text.Append(text).Append('\n');
            foreach (var quantity in QuantityExtractor.Extract(CodeToken().Replace(text, " ")))
            {
                _quantities.Add((quantity.Kind, quantity.Unit, quantity.Value));
                _values.Add(quantity.Value);
            }
        }

        // The same parts the prompt is built from, unshortened: a fact cut from the prompt for length is still a catalogue fact.
        private static IEnumerable<string?> SourceText(GroundingSource source)
        {
            var p = source.Procedure;
            yield return p.Name;
            yield return p.Agency;
            yield return p.Applicant;
            yield return p.SourceUrl;
            foreach (var channel in p.Channels)
            {
                yield return channel.Time;
                yield return channel.Fee;
                yield return channel.Note;
            }

            foreach (var section in p.Sections)
            {
                if (source.Sections.Count == 0 || source.Sections.Contains(section.Kind))
                {
                    yield return section.Markdown;
                }
            }
        }
    }

    [GeneratedRegex(@"miễn\s+(?:phí|lệ\s+phí)|không\s+(?:mất|thu|phải\s+(?:nộp|trả|đóng)|tốn)\s+(?:phí|lệ\s+phí|tiền)|không\s+(?:có\s+)?(?:phí|lệ\s+phí)\b|free of charge", RegexOptions.IgnoreCase)]
    private static partial Regex FreeClaim();

    // "Không có thông tin" (no information) is not "no fee".
    [GeneratedRegex(@"miễn|không\s+thu|không\s+(?:có\s+|phải\s+(?:nộp|trả|đóng)\s+)?(?:phí|lệ\s+phí)|(?:^|:)[\s\-*]*không(?:\s+có)?[\s.]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex NoFeeMarker();

    [GeneratedRegex(@"(?<![\d.])\d\.\d{6}(?!\d)")]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"\[\s*\d\.\d{6}(?:\s*[,;]\s*\d\.\d{6})*\s*\]")]
    private static partial Regex Citation();

    [GeneratedRegex(@"https?://[^\s<>()\[\]""']+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"^[ \t]*\d{1,2}[.)][ \t]", RegexOptions.Multiline)]
    private static partial Regex ListMarker();
}
