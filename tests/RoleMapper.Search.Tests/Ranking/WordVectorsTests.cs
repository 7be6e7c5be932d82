using RoleMapper.Search.Semantic;

namespace RoleMapper.Search.Tests.Ranking;

public class WordVectorsTests
{
    [Fact]
    public void TheBuiltInTable_KnowsCouncilWordsAndPutsRelatedJobsCloser()
    {
        var table = WordVectors.Shared;
        Assert.True(table.Count > 5000, $"{table.Count} words");
        Assert.Contains("MiniLM", table.Model, StringComparison.Ordinal);
        Assert.True(table.Contains("refuse") && table.Contains("plumber"));
        var carer = table.Of("Carer");
        Assert.True(WordVectors.Cosine(carer, table.Of("Care worker")) > WordVectors.Cosine(carer, table.Of("Software developer")));
        Assert.Null(table.Of("zzqx"));
        Assert.Equal(0, WordVectors.Cosine(null, carer));
    }

    [Fact]
    public void ATableWrittenAndReadAgain_KeepsEachWordCloseToItself()
    {
        var words = new List<(string, float[])>
        {
            ("alpha", WordVectors.Normalised([1f, 2f, -3f, 0.5f])),
            ("beta", WordVectors.Normalised([-1f, 0.25f, 0f, 2f])),
        };
        using var stream = new MemoryStream();
        WordVectors.Write(stream, "test model", words);
        stream.Position = 0;
        var table = WordVectors.Read(stream);
        Assert.Equal("test model", table.Model);
        Assert.Equal(2, table.Count);
        Assert.InRange(WordVectors.Cosine(table.Of("alpha"), words[0].Item2), 0.999f, 1.001f);
        Assert.InRange(WordVectors.Cosine(table.Of("Alpha and beta's"), table.Of("beta alpha")), 0.999f, 1.001f);
        Assert.Throws<InvalidDataException>(() => WordVectors.Read(new MemoryStream([3, 65, 66, 67])));
    }

    [Fact]
    public void Words_AreReadOneWayForTheTableAndForTitles() =>
        Assert.Equal(["children", "home", "worker"], VectorWords.Of("Children's Home Worker (and 2)"));
}
