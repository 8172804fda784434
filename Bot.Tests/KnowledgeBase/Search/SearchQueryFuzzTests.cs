using Bot.Tests.Bot.Support;
using Bot.Tests.Fuzzing;
using CsCheck;
using KnowledgeBase.Search;

namespace Bot.Tests.KnowledgeBase.Search;

/// <summary>Any query, level or field filter, however hostile (Lucene syntax, huge, nested, broken Unicode), is answered without throwing.</summary>
public sealed class SearchQueryFuzzTests
{
    private static readonly Gen<string> Query = Gen.OneOf(
        HostileInput.Text,
        Gen.Select(Gen.OneOf("đăng ký khai sinh", "cấp lại căn cước", "hộ chiếu", ""), HostileInput.Fragmented, (words, noise) => words + noise),
        Gen.OneOf("\"", "(", "*", "?", "~", ":", "\\", "/", "[", "]", "{", "}", "^", "!", "-", "+", "&&", "||", "AND", "NOT", "*:*", "\"(*?~:\\/[]{}^!")
            .Array[1, 200].Select(string.Concat));

    [Fact]
    public void AnyQueryReturnsBoundedResultsWithoutThrowing() =>
        Gen.Select(Query, Gen.OneOf(Gen.Const((string?)null), HostileInput.Fragmented.Select(s => (string?)s)), Gen.Int[1, 20], (query, filter, max) => (query, filter, max))
            .Sample(c => HostileInput.Bounded(() =>
            {
                var search = BotFixtures.Search;
                var hits = search.Search(new SearchRequest(c.query) { MaxResults = c.max, Level = c.filter, Field = c.filter });

                Assert.InRange(hits.Count, 0, c.max);
                Assert.All(hits, h => Assert.NotNull(h.Snippet));
                _ = search.GetByCode(c.query);
            }), iter: HostileInput.Iterations, threads: 1);
}
