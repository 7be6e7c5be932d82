using Lucene.Net.Analysis.Synonym;

namespace RoleMapper.Search.Analysis;

/// <summary>Loads <c>data/matching/synonyms.txt</c> (Solr format) with Lucene's own parser, stemming each rule's words.</summary>
public static class Synonyms
{
    public static SynonymMap Load()
    {
        using var analyzer = new TitleAnalyzer();
        // dedup: one rule written twice adds nothing; expand: "a, b" lets each find the other.
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        using var reader = MatchingData.Open(MatchingData.Synonyms);
        parser.Parse(reader);
        return parser.Build();
    }
}
