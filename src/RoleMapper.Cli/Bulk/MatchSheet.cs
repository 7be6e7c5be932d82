using System.Globalization;
using RoleMapper.Core.Matching;

namespace RoleMapper.Cli.Bulk;

/// <summary>
/// The columns of a bulk result, one row per input title, shared by the CSV and Excel writers so both say the same:
/// the best standard in full, then the other suggestions in one cell.
/// </summary>
internal static class MatchSheet
{
    public static readonly (string Name, int Width)[] Columns =
    [
        ("line", 6), ("title", 40), ("read as", 40), ("reference", 10), ("version", 8), ("standard", 45), ("level", 6),
        ("route", 28), ("confidence", 11), ("score", 7), ("reason", 60), ("other suggestions", 70), ("problem", 30),
    ];

    public static string[] Cells(MatchedRow row)
    {
        var result = row.Result;
        var best = result.Best;
        var others = string.Join("; ", result.Candidates.Skip(1).Select(c => $"{c.Reference} {c.Title} (level {c.Level}, {c.Confidence})"));
        var problem = result.Problem ?? (best is null ? "no standard matches" : "");
        return
        [
            row.Row.Line.ToString(CultureInfo.InvariantCulture),
            row.Row.Title,
            result.NormalisedTitle,
            best?.Reference ?? "",
            best?.Version ?? "",
            best?.Title ?? "",
            best?.Level.ToString(CultureInfo.InvariantCulture) ?? "",
            best?.Route ?? "",
            best?.Confidence.ToString() ?? "",
            best?.Score.ToString("0.000", CultureInfo.InvariantCulture) ?? "",
            best?.Reason ?? "",
            others,
            problem,
        ];
    }
}
