using System.Collections.Concurrent;

namespace KnowledgeBase.Search;

/// <summary>
/// Results of recent searches on one index build. Citizens ask the same few things over and over (suggested
/// actions and kiosk topics send identical text), and a search costs about a millisecond of CPU while a lookup
/// costs well under a microsecond. The cache lives with its build, so a published rebuild starts empty and can
/// never serve results from older content.
/// </summary>
/// <remarks>
/// Two generations approximate least-recently-used without per-hit bookkeeping: entries go into the young
/// generation; when it holds <c>capacity</c> entries the old generation is dropped and the young one takes its
/// place; a hit in the old generation is copied back into the young one. At most 2 × capacity entries are held.
/// </remarks>
internal sealed class SearchResultCache
{
    private readonly int _capacity;
    private readonly Lock _rotateLock = new();
    private Generation _young = new();
    private Generation _old = new();

    public SearchResultCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
    }

    public bool IsEnabled => _capacity > 0;

    public bool TryGet(Key key, out SearchHit[] hits)
    {
        if (!IsEnabled)
        {
            hits = [];
            return false;
        }

        var young = Volatile.Read(ref _young);
        if (young.Entries.TryGetValue(key, out hits!))
        {
            return true;
        }

        if (Volatile.Read(ref _old).Entries.TryGetValue(key, out hits!))
        {
            Add(key, hits);
            return true;
        }

        return false;
    }

    public void Add(Key key, SearchHit[] hits)
    {
        if (!IsEnabled)
        {
            return;
        }

        var young = Volatile.Read(ref _young);
        if (young.Entries.TryAdd(key, hits) && Interlocked.Increment(ref young.Count) >= _capacity)
        {
            lock (_rotateLock)
            {
                if (ReferenceEquals(_young, young))
                {
                    Volatile.Write(ref _old, young);
                    Volatile.Write(ref _young, new Generation());
                }
            }
        }
    }

    /// <summary>Everything that changes a search's result; the text is the citizen's text as sent.</summary>
    public readonly record struct Key(string Text, int MaxResults, bool IncludeSnippets, string? Level, string? Field)
    {
        public static Key Of(SearchRequest request, int maxResults) =>
            new(request.Query ?? "", maxResults, request.IncludeSnippets, request.Level, request.Field);
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<Key, SearchHit[]> Entries = new();

        // ConcurrentDictionary.Count takes every lock; a separate counter keeps additions cheap.
        public int Count;
    }
}
