using KnowledgeBase.Search;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Bot.Tests.KnowledgeBase.Search;

public sealed class AccentRestorerTests
{
    [Fact]
    public void PairsTypedWithoutDiacriticsGetTheCataloguesSpelling()
    {
        var restorer = Restorer("Cấp lại thẻ căn cước", "Cấp lại Giấy chứng nhận quyền sử dụng đất", "Đổi giấy phép lái xe");

        Assert.Equal(["cấp lại", "lại thẻ", "thẻ căn", "căn cước"], Restore(restorer, "cap lai the can cuoc"));
        Assert.Equal(["lái xe"], Restore(restorer, "doi bang lai xe"));
    }

    [Fact]
    public void TheSpellingMostNamesUseWins()
    {
        var restorer = Restorer("Cấp lại sổ đỏ", "Làm lại sổ đỏ", "Sơ đồ vị trí");

        Assert.Equal(["sổ đỏ"], Restore(restorer, "so do"));
    }

    [Fact]
    public void APairTheCatalogueMostlySpellsWithoutAccentsStaysUnaccented()
    {
        var restorer = Restorer("Đăng ký tài khoản VNeID bằng app Ma Tran", "Cài đặt app Ma Tran", "Mã trận");

        Assert.Empty(Restore(restorer, "ma tran"));
    }

    [Fact]
    public void APairTheCatalogueNeverSpellsStaysUnaccented()
    {
        var restorer = Restorer("Cấp lại thẻ căn cước");
        var restored = new bool[3];

        Assert.Empty(restorer.Restore(["thoi", "tiet", "mai"], restored));
        Assert.DoesNotContain(true, restored);
    }

    private static string[] Restore(AccentRestorer restorer, string folded)
    {
        var syllables = folded.Split(' ');
        return restorer.Restore(syllables, new bool[syllables.Length]).ToArray();
    }

    private static AccentRestorer Restorer(params string[] names)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, SearchAnalyzers.Index)))
        {
            foreach (var name in names)
            {
                writer.AddDocument(new Document { new TextField(SearchFields.Name, name, Field.Store.NO) });
            }
        }

        using var reader = DirectoryReader.Open(directory);
        return AccentRestorer.Read(reader);
    }
}
