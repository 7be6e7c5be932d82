using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Splits a job title into the job itself and its qualifiers: what stands in brackets or after a dash, comma or colon
/// ("Social Worker - Adults Team", "Licensing Officer (Taxis)"). Qualifiers that only name a
/// team, an area or a contract are dropped here; the matcher later drops qualifier words no standard uses (places).
/// </summary>
public static partial class TitleParts
{
    /// <summary>Last words that make a qualifier a team or place name: "(OPPSD Team)", "- North Locality".</summary>
    private static readonly HashSet<string> PlaceOrTeamEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "teams", "hub", "locality", "localities", "area", "areas", "region", "depot", "patch", "zone", "ward",
        "district", "division", "directorate", "office", "offices", "quadrant", "north", "south", "east", "west",
        "central", "countywide", "borough", "county",
    };

    /// <summary>Words that only say how someone is employed; a qualifier of nothing else is dropped.</summary>
    private static readonly HashSet<string> ContractWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "temporary", "temp", "interim", "acting", "locum", "sessional", "casual", "permanent", "seconded",
        "secondment", "relief", "bank", "agency", "cover", "maternity", "contract", "fixed", "term", "only", "post",
        "posts", "vacancy", "vacancies", "new", "urgent", "ft", "pt",
    };

    public static (string Main, IReadOnlyList<string> Qualifiers) Split(string text)
    {
        var qualifiers = new List<string>();
        text = Bracketed().Replace(text, m =>
        {
            qualifiers.Add(m.Groups["inner"].Value);
            return " ";
        });
        text = StrayBracket().Replace(text, " ");
        var parts = Separator().Split(text).Select(Tidy).Where(p => p.Length > 0).ToList();
        var main = parts.Count > 0 ? parts[0] : "";
        qualifiers.InsertRange(0, parts.Skip(1));
        var kept = qualifiers.Select(Tidy).Where(IsMeaningful).ToList();
        // A title that is all brackets, "(Temp) (Social Worker)", keeps its first meaningful part as the job.
        if (main.Length == 0 && kept.Count > 0)
        {
            main = kept[0];
            kept.RemoveAt(0);
        }
        return (LeadingContractWords().Replace(main, ""), kept);
    }

    /// <summary>"PA to the Director" is a personal assistant: who they support is context, not the job.</summary>
    public static string WithoutSupportedPerson(string main) => SupportedPerson().Replace(main, "${role}");

    /// <summary>"Cook / Cleaner", "Plumber or Heating Engineer": two ways to name one job, matched as alternatives.</summary>
    public static IReadOnlyList<string> Alternatives(string main) =>
        Alternative().Split(main).Select(Tidy).Where(a => a.Length > 0).ToList();

    public static string Tidy(string text) => Spaces().Replace(Edges().Replace(text, ""), " ").Trim();

    private static bool IsMeaningful(string qualifier)
    {
        var words = Words().Matches(qualifier).Select(m => m.Value).ToList();
        return words.Count > 0
            && !PlaceOrTeamEndings.Contains(words[^1])
            && !words.All(ContractWords.Contains);
    }

    [GeneratedRegex(@"\((?<inner>[^()]*)\)|\[(?<inner>[^\[\]]*)\]|\{(?<inner>[^{}]*)\}")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"[()\[\]{}]")]
    private static partial Regex StrayBracket();

    /// <summary>A dash with a space on either side (not "Driver-loader"), a comma, semicolon, colon or bar.</summary>
    [GeneratedRegex(@"\s+-+\s*|\s*-+\s+|\s*[,;:|]\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:(?:interim|acting|temporary|temp|locum|sessional|relief|casual)\b\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingContractWords();

    [GeneratedRegex(@"^(?<role>.*?\b(?:assistant|secretary|clerk|adviser|advisor|aide|support))\s+to\s+.+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SupportedPerson();

    [GeneratedRegex(@"\s+/\s*|\s*/\s+|\s+or\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"^[\s\-/&.,'""+*]+|[\s\-/&.,'""+*]+$")]
    private static partial Regex Edges();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex Words();
}
