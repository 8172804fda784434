using System.Buffers;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Content;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Text;

namespace KnowledgeBase.Search.Synonyms;

/// <summary>
/// The editor-maintained synonyms and abbreviations (<c>content/synonyms.txt</c>), applied when a query is built,
/// never at indexing, so an edit takes effect at the next build or reload without touching the procedures.
/// Phrases are matched on folded syllables, so "CCCD", "cccd" and "căn cước công dân"/"can cuoc cong dan" all match.
/// </summary>
public sealed class SynonymSet
{
    private readonly FrozenDictionary<string, string[]> _alternatives;

    // How each phrase was written in the file, syllable by syllable, as tone-and-shape marks: a question typed with
    // diacritics matches a phrase only where its marks agree ("cho cả nhóm" is not "chở cá").
    private readonly FrozenDictionary<string, string[][]> _spellings;

    private SynonymSet(FrozenDictionary<string, string[]> alternatives, FrozenDictionary<string, string[][]> spellings, int ruleCount, string hash)
    {
        _alternatives = alternatives;
        _spellings = spellings;
        RuleCount = ruleCount;
        Hash = hash;
        MaxPhraseSyllables = alternatives.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(0).Max();
    }

    public static SynonymSet Empty { get; } = new(FrozenDictionary<string, string[]>.Empty, FrozenDictionary<string, string[][]>.Empty, 0, "");

    /// <summary>Number of rules (non-comment lines) in the file.</summary>
    public int RuleCount { get; }

    /// <summary>SHA-256 of the file, recorded in the index manifest; empty when there is no file.</summary>
    public string Hash { get; }

    public int MaxPhraseSyllables { get; }

    /// <summary>
    /// Finds synonym phrases in a query given as folded syllables, longest phrase first, without overlaps, and
    /// returns each with the phrases to add as alternatives. With <paramref name="typedSyllables"/> (the same
    /// syllables as typed, lower case), a syllable typed with diacritics must carry the marks the phrase is written
    /// with; one typed without them matches any. They are read only once a phrase is found, since reading them may
    /// cost an analysis of the text.
    /// </summary>
    public IReadOnlyList<SynonymMatch> Match(IReadOnlyList<string> foldedSyllables, Func<IReadOnlyList<string>?>? typedSyllables = null)
    {
        string[]? marks = null;
        var marksRead = typedSyllables is null;
        string[]? Marks()
        {
            if (!marksRead)
            {
                marksRead = true;
                var typed = typedSyllables!();
                marks = typed is not null && typed.Count == foldedSyllables.Count ? typed.Select(SyllableMarks.Of).ToArray() : null;
            }

            return marks;
        }

        if (_alternatives.Count == 0 || foldedSyllables.Count == 0)
        {
            return [];
        }

        var matches = new List<SynonymMatch>();
        var lookup = _alternatives.GetAlternateLookup<ReadOnlySpan<char>>();

        // Each candidate phrase is assembled in one buffer and looked up as a span: a string per candidate (and
        // Skip/Take per join) was most of what matching a question allocated, and it runs three times a turn.
        var buffer = ArrayPool<char>.Shared.Rent(256);
        try
        {
            for (var start = 0; start < foldedSyllables.Count;)
            {
                var matched = 0;
                for (var length = Math.Min(MaxPhraseSyllables, foldedSyllables.Count - start); length >= 1; length--)
                {
                    var used = Join(foldedSyllables, start, length, ref buffer);
                    if (lookup.TryGetValue(buffer.AsSpan(0, used), out var alternatives)
                        && (Marks() is not { } typedMarks || SpelledAsTyped(buffer.AsSpan(0, used), typedMarks, start)))
                    {
                        matches.Add(new SynonymMatch(start, length, alternatives));
                        matched = length;
                        break;
                    }
                }

                start += Math.Max(matched, 1);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return matches;
    }

    private bool SpelledAsTyped(ReadOnlySpan<char> key, string[] typed, int start)
    {
        if (!_spellings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var spellings))
        {
            return true;
        }

        foreach (var spelling in spellings)
        {
            var agrees = true;
            for (var i = 0; i < spelling.Length && agrees; i++)
            {
                agrees = typed[start + i].Length == 0 || spelling[i].Length == 0 || typed[start + i] == spelling[i];
            }

            if (agrees)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Syllables [start, start + length) joined by single spaces into <paramref name="buffer"/> (grown when short); the length used.</summary>
    private static int Join(IReadOnlyList<string> syllables, int start, int length, ref char[] buffer)
    {
        var needed = length - 1;
        for (var i = start; i < start + length; i++)
        {
            needed += syllables[i].Length;
        }

        if (needed > buffer.Length)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = ArrayPool<char>.Shared.Rent(needed);
        }

        var used = 0;
        for (var i = start; i < start + length; i++)
        {
            if (i > start)
            {
                buffer[used++] = ' ';
            }

            syllables[i].CopyTo(buffer.AsSpan(used));
            used += syllables[i].Length;
        }

        return used;
    }

    public static SynonymSet Load(string path, out IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics = [];
            return Empty;
        }

        return Parse(File.ReadAllText(path, Encoding.UTF8), path, out diagnostics);
    }

    /// <summary>Parses the file format described in <see cref="SynonymFileFormat"/>; every malformed line is reported with its line number.</summary>
    public static SynonymSet Parse(string text, string file, out IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<ContentDiagnostic>();
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var spellings = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var rules = 0;
        var lines = text.Normalize(NormalizationForm.FormC).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var rule = SynonymFileFormat.ParseLine(lines[i], out var error);
            if (error is not null)
            {
                problems.Add(new ContentDiagnostic(file, i + 1, DiagnosticSeverity.Error, error));
                continue;
            }

            if (rule is null)
            {
                continue;
            }

            if (!TryAddRule(rule, map, spellings, out error))
            {
                problems.Add(new ContentDiagnostic(file, i + 1, DiagnosticSeverity.Error, error));
                continue;
            }

            rules++;
        }

        diagnostics = problems;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new SynonymSet(
            map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal),
            spellings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), rules, hash);
    }

    private static bool TryAddRule(SynonymRule rule, Dictionary<string, List<string>> map, Dictionary<string, List<string[]>> spellings, out string error)
    {
        var keys = new List<(string Key, string Phrase)>();
        // Questions are searched without classifiers ("chiếc xe" is "xe"), so phrases are read the same way.
        foreach (var phrase in rule.From.Select(Classifiers.Without).Concat(rule.To))
        {
            var key = Key(phrase);
            if (key.Length == 0)
            {
                error = ContentMessages.NoLetters(phrase);
                return false;
            }

            keys.Add((key, phrase));
        }

        error = "";
        var from = keys.Take(rule.From.Count).ToArray();
        var to = rule.Explicit ? keys.Skip(rule.From.Count).ToArray() : from;
        foreach (var (key, written) in from)
        {
            var marks = SearchAnalyzers.Analyze(SearchAnalyzers.AccentedSyllables, written).Select(t => SyllableMarks.Of(t.Text)).ToArray();
            if (marks.Length == key.Count(c => c == ' ') + 1)
            {
                if (!spellings.TryGetValue(key, out var known))
                {
                    spellings[key] = known = [];
                }

                if (!known.Any(k => k.SequenceEqual(marks)))
                {
                    known.Add(marks);
                }
            }

            if (!map.TryGetValue(key, out var alternatives))
            {
                map[key] = alternatives = [];
            }

            foreach (var (otherKey, phrase) in to)
            {
                if (otherKey != key && !alternatives.Any(a => Key(a) == otherKey))
                {
                    alternatives.Add(phrase);
                }
            }
        }

        return true;
    }

    private static string Key(string phrase) => FoldedKey.Of(phrase);
}

/// <summary>A synonym phrase found in a query: syllables [Start, Start+Length) and the phrases that may replace it.</summary>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string> Alternatives);
