namespace RoleMapper.Cli.Commands;

/// <summary>
/// Enum values as a command line spells them: "london-borough", "yorkshire-and-the-humber". Parsing ignores case,
/// spaces, hyphens and underscores, so "LondonBorough" and "London Borough" work too.
/// </summary>
internal static class EnumWords
{
    public static string List<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Word));

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum
    {
        var letters = new string(text.Where(char.IsLetter).ToArray());
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), letters, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    private static string Word<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
