namespace RoleMapper.Core.Maturity;

/// <summary>
/// The links a council gives as evidence for a statement (a policy, a board paper), typed one a line. Only absolute
/// <c>http</c> and <c>https</c> addresses are kept: pages show them as links, and a <c>javascript:</c> or <c>file:</c>
/// address must never become one.
/// </summary>
public static class EvidenceLinks
{
    public const int MaxLinks = 10;
    public const int MaxLength = 500;

    /// <summary>The links, or the first problem in words a council can act on.</summary>
    public static (IReadOnlyList<string> Links, string? Error) Parse(string? text)
    {
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length > MaxLinks)
        {
            return ([], $"Give {MaxLinks} links or fewer");
        }
        foreach (var line in lines)
        {
            if (line.Length > MaxLength)
            {
                return ([], $"Enter links of {MaxLength} characters or fewer");
            }
            if (!IsWebAddress(line))
            {
                return ([], $"Enter each link as a full web address starting with https:// or http://, one a line (not \"{Shorten(line)}\")");
            }
        }
        return (lines.Distinct(StringComparer.Ordinal).ToList(), null);
    }

    /// <summary>Whether a stored link may be shown as a link (records written before a rule changed are shown as text).</summary>
    public static bool IsWebAddress(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && !link.Any(char.IsWhiteSpace);

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
