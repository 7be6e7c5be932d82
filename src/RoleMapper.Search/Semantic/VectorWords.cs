using System.Text.RegularExpressions;

namespace RoleMapper.Search.Semantic;

/// <summary>
/// The words of a text as the word-vector table knows them: lower case letters only, possessives and one-letter
/// leftovers dropped, and the few function words that carry no meaning of their own ("and", "of"). The table is made
/// (tools/RoleMapper.Fitting) and read with this one rule, so a word found at build time is found at query time.
/// </summary>
public static partial class VectorWords
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    };

    public static IEnumerable<string> Of(string text)
    {
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (word.Length > 1 && !FunctionWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    [GeneratedRegex("[a-z]+(?='s\\b)|[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
