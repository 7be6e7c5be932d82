using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Reads a council job title the way an HR lead does: noise out, abbreviations spelt out, qualifiers set aside,
/// seniority noted. Pure text work with no index, so every step can be tested on its own.
/// </summary>
public sealed partial class TitleParser(Abbreviations abbreviations, Seniority seniority)
{
    public static TitleParser Load() => new(Abbreviations.Load(), Seniority.Load());

    public Abbreviations Abbreviations => abbreviations;
    public Seniority Seniority => seniority;

    public ParsedTitle Parse(string? raw)
    {
        var cleaned = TitleText.Clean(raw);
        var (denoised, level) = TitleNoise.Remove(Spelling(cleaned));
        var (main, qualifiers) = TitleParts.Split(denoised);
        main = TitleParts.WithoutSupportedPerson(abbreviations.Expand(main));
        var (rest, lean, seniorityWords) = seniority.Read(main);
        // "Approved Mental Health Professional (AMHP)": a qualifier that only repeats the job adds nothing.
        var expandedQualifiers = qualifiers.Select(q => TitleParts.Tidy(abbreviations.Expand(q)))
            .Where(q => q.Length > 0 && !q.Equals(main, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        // "Assistant Director - Finance": a head of service named after a dash; the subject is the qualifier.
        if (rest.Length == 0 && lean == SeniorityLean.Executive && expandedQualifiers.Count > 0)
        {
            rest = expandedQualifiers[0];
            expandedQualifiers.RemoveAt(0);
        }
        return new ParsedTitle(cleaned, TitleParts.Alternatives(rest), expandedQualifiers, lean, seniorityWords, level)
        {
            WholeJobs = TitleParts.Alternatives(main),
        };
    }

    /// <summary>
    /// A standard's job title or keyword prepared as titles are, so both sides use the same words:
    /// "Hr business partner" reads "Human Resources business partner", and "Project manager (integrated degree)" reads
    /// "Project manager".
    /// </summary>
    public string PrepareName(string name) => abbreviations.Expand(Spelling(StandardTitleFormat.Remove(TitleText.Clean(name))));

    /// <summary>"Co-ordinator" and "Coordinator", "Re-ablement" and "Reablement" are one word; the tokenizer would
    /// otherwise split the first of each at the hyphen.</summary>
    private static string Spelling(string text) => HyphenedPrefix().Replace(text, "$1");

    [GeneratedRegex(@"\b(co|re)-(?=ord|op|abl)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyphenedPrefix();
}
