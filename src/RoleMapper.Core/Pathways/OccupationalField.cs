using System.Text.RegularExpressions;

namespace RoleMapper.Core.Pathways;

/// <summary>
/// Which standards are "the same occupational field", the rungs of one ladder: the same route, and the same words in
/// the title once the words that say the rung rather than the field are set aside ("lead", "leader", "practitioner",
/// "worker", "manager", "senior", "assistant", ...) and the bracketed notes ("(integrated degree)"). "Adult care worker",
/// "Lead adult care worker", "Lead practitioner in adult care" and "Leader in adult care" all read "adult care" in
/// Care services. A title with nothing left ("Team leader") is a field of its own. The words are plain data below,
/// chosen by reading the feed's titles; docs/plan-and-pathways.md says why not the feed's cluster or the ONS group.
/// </summary>
public static partial class OccupationalField
{
    /// <summary>Words that place a standard on a ladder rather than name its field.</summary>
    private static readonly HashSet<string> RungWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "or", "in", "of", "the", "for", "to", "with",
        "worker", "lead", "leader", "senior", "practitioner", "manager", "management", "assistant", "officer", "technician",
        "professional", "specialist", "support", "advanced", "principal", "apprentice", "junior", "trainee", "level",
        "operative", "supervisor", "coordinator", "executive", "associate",
    };

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    /// <summary>The field of a standard: its route and its field words, in order, as one key ("Care services|adult care").</summary>
    public static string KeyOf(string route, string title)
    {
        var words = Words().Matches(Brackets().Replace(title, " "))
            .Select(m => m.Value.ToLowerInvariant())
            .Where(w => !RungWords.Contains(w))
            .Distinct()
            .Order(StringComparer.Ordinal);
        var field = string.Join(' ', words);
        // Nothing left: the title names a rung of any field ("Team leader"), so it stands alone.
        return $"{route.Trim().ToLowerInvariant()}|{(field.Length == 0 ? "=" + title.Trim().ToLowerInvariant() : field)}";
    }
}
