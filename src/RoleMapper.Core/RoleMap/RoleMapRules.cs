using System.Text.RegularExpressions;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// What makes one role of the sector role map well formed, whether it comes from the CSV (<see cref="RoleMapFile"/>)
/// or the sector's edit page (<see cref="SectorRoleMapEditing"/>): a slug id, a title, 1-3 different references or
/// none, a reason, and lengths the database keeps. Each check gives the problem in words, or null.
/// </summary>
public static partial class RoleMapRules
{
    public const int MostStandards = 3;
    public const int MostAliases = 20;
    public const int MaxAliasLength = 200;

    public static string? IdProblem(string id) =>
        !Slug().IsMatch(id) ? $"id must be a lowercase slug like housing-officer; found '{id}'"
        : id.Length > RoleMapEntry.MaxIdLength ? $"id must be {RoleMapEntry.MaxIdLength} characters or fewer"
        : null;

    public static string? TitleProblem(string title) =>
        title.Length == 0 ? "no title"
        : title.Length > RoleMapEntry.MaxTitleLength ? $"the title must be {RoleMapEntry.MaxTitleLength} characters or fewer"
        : null;

    /// <summary>An empty list is "no standard fits", which is allowed; <paramref name="written"/> is shown as found.</summary>
    public static string? StandardsProblem(IReadOnlyList<string> standards, string written) =>
        standards.Count > MostStandards || standards.Any(s => !Reference().IsMatch(s)) || standards.Distinct().Count() != standards.Count
            ? $"standards must be 1 to {MostStandards} different references like ST0510 separated by |, or none; found '{written}'"
            : null;

    public static string? ReasonProblem(string reason) =>
        reason.Length == 0 ? "no reason"
        : reason.Length > RoleMapEntry.MaxReasonLength ? $"the reason must be {RoleMapEntry.MaxReasonLength:N0} characters or fewer"
        : null;

    /// <summary>Service area, job family and aliases: only their lengths matter to the database.</summary>
    public static IEnumerable<string> LengthProblems(MappedRole role)
    {
        if (role.ServiceArea.Length > RoleMapEntry.MaxAreaLength)
        {
            yield return $"the service area must be {RoleMapEntry.MaxAreaLength} characters or fewer";
        }
        if (role.JobFamily.Length > RoleMapEntry.MaxFamilyLength)
        {
            yield return $"the job family must be {RoleMapEntry.MaxFamilyLength} characters or fewer";
        }
        if (role.Aliases.Count > MostAliases || role.Aliases.Any(a => a.Length > MaxAliasLength))
        {
            yield return $"at most {MostAliases} aliases of {MaxAliasLength} characters or fewer";
        }
    }

    /// <summary>Aliases or standards as written: separated by | (the CSV), or by commas or lines (a form).</summary>
    public static string[] Split(string field, params char[] separators) =>
        field.Split(separators.Length == 0 ? ['|'] : separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^ST\d{4}$")]
    private static partial Regex Reference();
}
