namespace RoleMapper.Search.Titles;

/// <summary>
/// The ways of writing one word that council titles use interchangeably (<c>data/matching/spellings.csv</c>: adviser
/// and advisor, programme and program, groundsman and groundsperson), each read as its first spelling. The exact-title
/// rule reads words as written, not as stems, so without this "Customer Services Advisor" would not be the map's
/// "Customer Services Adviser". The same words are interchangeable when the matcher searches (synonym rules).
/// </summary>
internal static class Spellings
{
    private static readonly Dictionary<string, string> Canonical = Load();
    private static readonly Lazy<Dictionary<string, string>> CanonicalStems = new(() =>
    {
        using var analyzer = new Analysis.TitleAnalyzer();
        string Stem(string word) => string.Join(' ', Analysis.Tokens.Of(analyzer, word).Select(t => t.Term));
        return Canonical.Select(p => (Variant: Stem(p.Key), Spelling: Stem(p.Value))).Where(p => p.Variant != p.Spelling)
            .DistinctBy(p => p.Variant).ToDictionary(p => p.Variant, p => p.Spelling, StringComparer.Ordinal);
    });

    /// <summary>The word's first spelling; the word itself when it has no other.</summary>
    public static string Of(string word) => Canonical.GetValueOrDefault(word, word);

    /// <summary>The same for a word stemmed by the title analyzer ("advisor" as "advis", the stem of "adviser"), so a
    /// spelling variant also counts whole when the known titles near a title are weighed.</summary>
    public static string OfStem(string stem) => CanonicalStems.Value.GetValueOrDefault(stem, stem);

    /// <summary>Each word's spellings, its first spelling first: the synonym rules read them too (<see cref="Analysis.Synonyms"/>).</summary>
    public static IEnumerable<IEnumerable<string>> Rows =>
        Canonical.GroupBy(p => p.Value, StringComparer.Ordinal).Select(g => g.Select(p => p.Key).Prepend(g.Key));

    private static Dictionary<string, string> Load()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in MatchingData.ReadCsv(MatchingData.Spellings))
        {
            foreach (var variant in row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!table.TryAdd(variant, row[0]))
                {
                    throw new InvalidDataException($"{MatchingData.Spellings}: '{variant}' is a variant of two spellings.");
                }
            }
        }
        return table;
    }
}
