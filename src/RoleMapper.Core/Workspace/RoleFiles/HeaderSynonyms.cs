using System.Text.RegularExpressions;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// The header names each column is known by in council files. Headers are compared after
/// <see cref="Normalise"/>, so "Job_Title", "JOB TITLE", "JobTitle" and "Job title:" are all "job title".
/// </summary>
internal static partial class HeaderSynonyms
{
    /// <summary>
    /// Most specific first. When a file has two candidates for one field the earlier name wins: "Job title" over a
    /// "Title" that may hold Mr or Mrs, "Service area" over "Service". Names are unique across fields.
    /// </summary>
    private static readonly (RoleField Field, string[] Names)[] Table =
    [
        (RoleField.Title, ["job title", "post title", "role title", "position title", "job role", "job name", "role name",
            "post name", "job titles", "job roles", "role", "roles", "position", "positions", "job", "occupation",
            "designation", "title", "titles"]),
        (RoleField.ServiceArea, ["service area", "service areas", "service", "services", "directorate",
            "service directorate", "division", "business area", "business unit", "portfolio"]),
        (RoleField.Department, ["department", "dept", "department name", "team", "team name", "section", "unit",
            "service team"]),
        (RoleField.JobFamily, ["job family", "job families", "role family", "family", "job group", "occupational group",
            "staff group", "profession", "job category", "category"]),
        (RoleField.Grade, ["grade", "typical grade", "pay grade", "grade band", "band", "pay band", "salary grade",
            "salary band", "scale", "pay scale", "grading"]),
        (RoleField.Headcount, ["headcount", "head count", "number of posts", "no of posts", "posts", "post count",
            "number of staff", "no of staff", "staff numbers", "number of employees", "establishment", "count",
            "number"]),
        (RoleField.Fte, ["fte", "wte", "full time equivalent", "whole time equivalent"]),
        (RoleField.Notes, ["notes", "note", "comments", "comment", "remarks", "description", "details"]),
    ];

    private static readonly Dictionary<string, (RoleField Field, int Rank)> ByName = Table
        .SelectMany(entry => entry.Names.Select((name, rank) => (name, entry.Field, rank)))
        .ToDictionary(x => x.name, x => (x.Field, x.rank));

    /// <summary>The field a header names and how specific the name is (lower is more specific); null if none.</summary>
    public static (RoleField Field, int Rank)? Match(string header)
    {
        var name = Normalise(header);
        if (ByName.TryGetValue(name, out var exact))
        {
            return exact;
        }
        // "Headcount (FTE)" and "Total FTE" hold part-time figures, whatever else the header says.
        if (name.Split(' ').Any(word => word is "fte" or "wte"))
        {
            return (RoleField.Fte, 100);
        }
        // "Job title (as on payroll)", "Grade (NJC)": the words in brackets only explain.
        var withoutBrackets = Normalise(Brackets().Replace(header, " "));
        return ByName.TryGetValue(withoutBrackets, out var loose) ? (loose.Field, loose.Rank + 100) : null;
    }

    /// <summary>Lower case words separated by single spaces: "No. of Posts" is "no of posts", "JobTitle" is "job title".</summary>
    public static string Normalise(string header)
    {
        var words = CamelCaseBoundary().Replace(header, "$1 $2").Replace("&", " and ", StringComparison.Ordinal);
        return NotLetterOrDigit().Replace(words, " ").Trim().ToLowerInvariant();
    }

    [GeneratedRegex(@"([a-z])([A-Z])")]
    private static partial Regex CamelCaseBoundary();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigit();

    [GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial Regex Brackets();
}
