using RoleMapper.Search.Analysis;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Occupations;

/// <summary>
/// The ONS SOC 2020 coding index as general knowledge of job-title wording (data/matching/ons-titles.csv): about
/// 29,000 UK job titles, each in an occupation unit group. It has no standards; the matcher uses it to know which
/// words are real job-title words, and which jobs belong together (<see cref="SocStandards"/>).
/// Titles are keyed by their stemmed words after abbreviations are spelt out, as queries are.
/// </summary>
public sealed class OnsOccupations
{
    private readonly Dictionary<string, string[]> groupsByTitle;
    private readonly Dictionary<string, string> groupNames;

    private OnsOccupations(Dictionary<string, string[]> groupsByTitle, Dictionary<string, string> groupNames, HashSet<string> words)
    {
        this.groupsByTitle = groupsByTitle;
        this.groupNames = groupNames;
        Words = words;
    }

    /// <summary>Every word of three letters or more in the index's titles, lower case.</summary>
    public IReadOnlySet<string> Words { get; }
    public int TitleCount => groupsByTitle.Count;

    public static OnsOccupations Load(TitleParser parser, TitleAnalyzer analyzer)
    {
        var byTitle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in MatchingData.ReadCsv(MatchingData.OnsTitles))
        {
            words.UnionWith(row[0].Split(' ').Where(w => w.Length >= 3 && w.All(char.IsLetter)));
            var key = Key(analyzer, parser.PrepareName(row[0]));
            if (key.Length == 0)
            {
                continue;
            }
            if (!byTitle.TryGetValue(key, out var groups))
            {
                byTitle[key] = groups = [];
            }
            groups.Add(row[1]);
        }
        var names = MatchingData.ReadCsv(MatchingData.OnsUnitGroups).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        return new OnsOccupations(byTitle.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal), names, words);
    }

    /// <summary>The unit groups of the title whose stemmed words are exactly these; empty when the index lacks it.</summary>
    public IReadOnlyList<string> GroupsOf(string stemmedKey) => groupsByTitle.TryGetValue(stemmedKey, out var groups) ? groups : [];

    public string GroupName(string soc) => groupNames.TryGetValue(soc, out var name) ? name : soc;

    public static string Key(TitleAnalyzer analyzer, string text) => string.Join(' ', Tokens.Of(analyzer, text).Select(t => t.Term));
}
