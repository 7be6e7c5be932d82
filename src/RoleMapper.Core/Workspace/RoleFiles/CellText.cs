using System.Globalization;
using System.Text;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Cleans a cell's text. Control characters (including the tab or carriage return a hostile file puts before "=") and
/// invisible formatting characters (zero-width spaces, byte order marks, bidirectional overrides) are removed; runs of
/// whitespace become one space; the ends are trimmed. Nothing else changes: "=SUM(A1)" stays "=SUM(A1)".
/// </summary>
internal static class CellText
{
    /// <summary>Text on one line, or null when nothing is left.</summary>
    public static string? SingleLine(string? raw) => Clean(raw, keepLineBreaks: false);

    /// <summary>Like <see cref="SingleLine"/> but a run of whitespace holding a line break becomes one "\n".</summary>
    public static string? MultiLine(string? raw) => Clean(raw, keepLineBreaks: true);

    public static bool IsBlank(string? raw) => raw is null || raw.All(c => char.IsWhiteSpace(c) || IsInvisible(c));

    private static string? Clean(string? raw, bool keepLineBreaks)
    {
        if (raw is null)
        {
            return null;
        }
        var text = new StringBuilder(raw.Length);
        string? gap = null;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                gap = keepLineBreaks && (c is '\n' or '\r' || gap == "\n") ? "\n" : " ";
                continue;
            }
            if (IsInvisible(c))
            {
                continue;
            }
            if (gap is not null && text.Length > 0)
            {
                text.Append(gap);
            }
            gap = null;
            text.Append(c);
        }
        return text.Length == 0 ? null : text.ToString();
    }

    private static bool IsInvisible(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
