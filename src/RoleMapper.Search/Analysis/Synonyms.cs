using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace RoleMapper.Search.Analysis;

/// <summary>
/// The council-to-standards synonyms of <c>data/matching/synonyms.txt</c> (Solr format), parsed by Lucene's
/// <see cref="SolrSynonymParser"/> with the title analyzer, so every rule is held as stems: "carers" meets the rule
/// for "carer". The rules are read back out of Lucene's <see cref="SynonymMap"/> into a table keyed by the stemmed
/// words of the rule's left side. Lucene's SynonymFilter is not used at query time because it flattens a several-word
/// reading into the positions of the words that follow ("carer" as "care worker" puts "worker" on the next title
/// word), which loses which title words a reading replaces; the table keeps that.
/// </summary>
public sealed class Synonyms
{
    private readonly Dictionary<string, List<string[]>> readings;

    private Synonyms(Dictionary<string, List<string[]>> readings, int longest)
    {
        this.readings = readings;
        LongestRule = longest;
    }

    /// <summary>The most title words one rule reads at once.</summary>
    public int LongestRule { get; }
    public int Count => readings.Count;

    public static Synonyms Load()
    {
        using var analyzer = new TitleAnalyzer();
        // dedup: one rule written twice adds nothing; expand: "a, b" lets each find the other.
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        // The ways of writing one word (spellings.csv) are interchangeable in search as well: one rule a row.
        parser.Parse(new StringReader(string.Join('\n', Titles.Spellings.Rows.Select(row => string.Join(", ", row)))));
        using var reader = MatchingData.Open(MatchingData.Synonyms);
        parser.Parse(reader);
        return FromMap(parser.Build());
    }

    /// <summary>The other readings of these stemmed title words, each as its stemmed words; empty when no rule applies.</summary>
    public IReadOnlyList<string[]> Of(IEnumerable<string> stems) =>
        readings.TryGetValue(string.Join(' ', stems), out var found) ? found : [];

    /// <summary>Walks every rule in the map: input words joined by <see cref="SynonymMap.WORD_SEPARATOR"/>, each output
    /// a count and word ids into <see cref="SynonymMap.Words"/> (the encoding SynonymFilter itself decodes).</summary>
    private static Synonyms FromMap(SynonymMap map)
    {
        var table = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        var longest = 0;
        if (map.Fst is null)
        {
            return new Synonyms(table, longest);
        }
        var rules = new BytesRefFSTEnum<BytesRef>(map.Fst);
        var word = new BytesRef();
        var input = new ByteArrayDataInput();
        while (rules.MoveNext())
        {
            var from = Words(rules.Current.Input.Utf8ToString());
            var output = rules.Current.Output;
            input.Reset(output.Bytes, output.Offset, output.Length);
            var count = input.ReadVInt32() >>> 1;
            var list = new List<string[]>(count);
            for (var i = 0; i < count; i++)
            {
                map.Words.Get(input.ReadVInt32(), word);
                list.Add(Words(word.Utf8ToString()));
            }
            table[string.Join(' ', from)] = list;
            longest = Math.Max(longest, from.Length);
        }
        return new Synonyms(table, longest);
    }

    private static string[] Words(string joined) => joined.Split(SynonymMap.WORD_SEPARATOR);
}
