using System.Text.RegularExpressions;

namespace RoleMapper.Search.Titles;

/// <summary>
/// Takes the programme format off a standard's title: "Project manager (integrated degree)", "Physician associate -
/// integrated degree", "Building services engineering technician 2022". The format says how the apprenticeship is
/// delivered, not what the job is, so a council's "Project Manager" should meet "Project manager" whole.
/// </summary>
public static partial class StandardTitleFormat
{
    public static string Remove(string title)
    {
        var job = Format().Replace(title, "").Trim();
        return job.Length > 0 ? job : title;
    }

    [GeneratedRegex(@"\s*(?:\(\s*(?:non-)?(?:integrated\s*)?(?:degree)?(?:\s*apprenticeship)?\s*\)|-\s*(?:integrated\s+)?degree|\(?\b(?:19|20)\d\d\)?)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
