using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Spells out abbreviations in a job title: "Snr HR Mgr" reads "Senior Human Resources Manager", "Highways Maint."
/// reads "Highways Maintenance". The same expansion is applied to standards' job titles when the index is built, so
/// "HR Officer" meets the feed's "Hr officer" and "Human resources officer" alike.
/// Lists: <c>data/matching/abbreviations-ons.csv</c> (ONS) and <c>abbreviations-council.csv</c> (ours, which wins), read
/// in any case; <c>abbreviations-council-capitals.csv</c>, read only as written in capitals ("AD", not the "ad" of
/// "Guardian ad litem").
/// </summary>
public sealed partial class Abbreviations
{
    private readonly Dictionary<string, string> meanings;
    private readonly Dictionary<string, string> inCapitals;

    public Abbreviations(IEnumerable<KeyValuePair<string, string>> entries, IEnumerable<KeyValuePair<string, string>>? onlyInCapitals = null)
    {
        meanings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (abbreviation, meaning) in entries)
        {
            meanings[abbreviation.TrimEnd('.')] = meaning;
        }
        inCapitals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (abbreviation, meaning) in onlyInCapitals ?? [])
        {
            inCapitals[abbreviation.TrimEnd('.').ToUpperInvariant()] = meaning;
        }
    }

    public static Abbreviations Load() => new(
        MatchingData.ReadCsv(MatchingData.OnsAbbreviations)
            .Concat(MatchingData.ReadCsv(MatchingData.CouncilAbbreviations))
            .Select(row => KeyValuePair.Create(row[0], row[1])),
        MatchingData.ReadCsv(MatchingData.CouncilAbbreviationsInCapitals).Select(row => KeyValuePair.Create(row[0], row[1])));

    public int Count => meanings.Count + inCapitals.Count;

    public bool TryGetMeaning(string abbreviation, out string meaning) =>
        inCapitals.TryGetValue(abbreviation.TrimEnd('.'), out meaning!) || meanings.TryGetValue(abbreviation.TrimEnd('.'), out meaning!);

    /// <summary>Replaces each whole word that is a known abbreviation; everything else is left as it was.</summary>
    public string Expand(string text) =>
        Word().Replace(text, m => TryGetMeaning(m.Groups["word"].Value, out var meaning) ? meaning : m.Value);

    /// <summary>
    /// A word with its optional full stop ("Maint."), "&amp;" or an apostrophe inside ("H&amp;S", "Ass't"). A word joined
    /// to another by a hyphen is not an abbreviation: "Re-ablement" must not become "Religious Education-ablement".
    /// </summary>
    [GeneratedRegex(@"(?<![\w&'-])(?<word>[A-Za-z][A-Za-z0-9]*(?:[&'][A-Za-z0-9]+)*)\.?(?![\w&'-])", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
