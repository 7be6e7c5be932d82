using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Reads the seniority of a job title from the phrases in <c>data/matching/seniority.csv</c> and takes out the ones
/// that say only seniority ("Senior", "Head of"), so the rest can be matched as the job itself.
/// </summary>
public sealed partial class Seniority
{
    private readonly Dictionary<string, (SeniorityLean Lean, bool Remove)> phrases;
    private readonly Regex pattern;

    public Seniority(IEnumerable<(string Phrase, SeniorityLean Lean, bool Remove)> entries)
    {
        phrases = new Dictionary<string, (SeniorityLean, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, lean, remove) in entries)
        {
            phrases[phrase] = (lean, remove);
        }
        // Longest first, so "assistant director" is read before "assistant".
        var alternatives = phrases.Keys.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal));
        pattern = new Regex($@"\b(?:{string.Join('|', alternatives)})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Single words taken out of titles ("senior", "trainee"): they weigh nothing in standards' names either.</summary>
    public IReadOnlySet<string> RemovableWords => phrases
        .Where(p => p.Value.Remove && !p.Key.Contains(' ', StringComparison.Ordinal))
        .Select(p => p.Key.ToLowerInvariant())
        .ToHashSet();

    public static Seniority Load() => new(MatchingData.ReadCsv(MatchingData.Seniority).Select(row =>
        (row[0], Enum.Parse<SeniorityLean>(row[1], ignoreCase: true), row[2].Equals("yes", StringComparison.OrdinalIgnoreCase))));

    /// <summary>The title without its removable seniority words, the lean, and the words taken out (lower case).</summary>
    public (string Remainder, SeniorityLean Lean, IReadOnlyList<string> Words) Read(string title)
    {
        var lean = SeniorityLean.None;
        var words = new List<string>();
        // "Chief Information Officer", "Chief Operating Officer": the C-suite pattern. "Chief Clerk" stays a senior clerk.
        var chiefOfficer = ChiefOfficer().Match(title);
        if (chiefOfficer.Success)
        {
            words.Add("chief officer");
            return (chiefOfficer.Groups["subject"].Value.Trim(), SeniorityLean.Executive, words);
        }
        var manager = ManagerRole().IsMatch(title);
        var rest = pattern.Replace(title, m =>
        {
            var (phraseLean, remove) = phrases[Squeeze(m.Value)];
            // "Assistant Unit Manager" is a manager a step down, not an assistant: managers' standards are its level.
            // A removed word ("Trainee Manager") still says the person is learning the job.
            if (manager && phraseLean == SeniorityLean.Lower && !remove)
            {
                phraseLean = SeniorityLean.None;
            }
            lean = Combine(lean, phraseLean);
            if (!remove)
            {
                return m.Value;
            }
            words.Add(Squeeze(m.Value).ToLowerInvariant());
            return " ";
        });
        // "Assistant Director of Housing" leaves "of Housing": the linking word goes with the seniority.
        return (LeadingLink().Replace(Squeeze(rest), ""), lean, words);
    }

    /// <summary>Executive wins; "Senior Assistant" is a senior version of an assistant, so higher wins over lower.</summary>
    private static SeniorityLean Combine(SeniorityLean a, SeniorityLean b) => (SeniorityLean)Math.Max((int)a, (int)b);

    private static string Squeeze(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"^\s*chief\s+(?<subject>.+?)\s+officer\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChiefOfficer();

    [GeneratedRegex(@"\bmanagers?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ManagerRole();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:of|for|to|the)\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingLink();
}
