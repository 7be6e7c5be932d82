using ClosedXML.Excel;

namespace RoleMapper.Core.Export;

/// <summary>
/// Writes text into a cell so that Excel shows it and never runs it. Every piece of text in the workbook goes through
/// here, because titles, notes, names and evidence come from users and from role files (docs/excel-map.md).
/// </summary>
/// <remarks>
/// A cell of type text holds a string, not a formula, so "=HYPERLINK(...)" is not evaluated when the file opens. Text
/// that starts like a formula also gets Excel's quote prefix (what typing a leading apostrophe does), so it stays text
/// when someone edits the cell and presses Enter, or copies it into another sheet or a CSV file.
/// </remarks>
internal static class SafeText
{
    /// <summary>Excel's limit for one cell; longer text makes Excel repair the file.</summary>
    public const int MaxLength = 32_767;

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r', '\n'];

    public static void Write(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var value = Prepare(text);
        cell.SetValue(value);
        // SetValue keeps a string as text in ClosedXML 0.95.4; saying so again keeps it true if that ever changes.
        cell.DataType = XLDataType.Text;
        if (StartsLikeFormula(value))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    public static bool StartsLikeFormula(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]);

    /// <summary>
    /// Line breaks become "\n", which is what Excel uses inside a cell (a lone "\r" would be read back as "\n"
    /// anyway, because XML turns it into one); text over Excel's limit is cut short.
    /// </summary>
    public static string Prepare(string text)
    {
        var value = text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        return value.Length <= MaxLength ? value : value[..(MaxLength - 1)] + "…";
    }

    /// <summary>How many characters wide the text shows: its longest line.</summary>
    public static int DisplayLength(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            longest = Math.Max(longest, line.Length);
        }
        return longest;
    }
}
