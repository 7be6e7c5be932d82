using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Makes any input safe and plain before it is read as a job title: one Unicode form, no control or format characters,
/// no emoji, one kind of dash and apostrophe, single spaces, and at most <see cref="MaxLength"/> characters.
/// </summary>
public static partial class TitleText
{
    /// <summary>No real job title is longer; cutting bounds the work one request can cause.</summary>
    public const int MaxLength = IStandardMatcher.MaxTitleLength;

    public static string Clean(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return "";
        }
        // Cut before any other work so a 10,000-character input costs no more than a long title.
        var text = raw.Length > MaxLength * 2 ? raw[..(MaxLength * 2)] : raw;
        text = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(Plain(rune));
        }
        text = Spaces().Replace(builder.ToString(), " ").Trim();
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf(' ', MaxLength);
            text = text[..(cut > MaxLength / 2 ? cut : MaxLength)];
        }
        return text;
    }

    private static string Plain(Rune rune)
    {
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.OtherSymbol:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return " ";
            case UnicodeCategory.DashPunctuation:
                return "-";
        }
        return rune.Value switch
        {
            '\u2018' or '\u2019' or '\u201B' or '`' or '\u00B4' => "'",
            '\u201C' or '\u201D' => "\"",
            _ => rune.ToString(),
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
