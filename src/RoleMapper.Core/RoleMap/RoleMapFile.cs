using CsvHelper;

namespace RoleMapper.Core.RoleMap;

/// <summary>
/// Reads the sector role map's CSV (data/role-map/sector-role-map.csv; the format is in docs/matching.md):
/// <c>id,service_area,title,job_family,aliases,standards,reason,checked_against</c>, aliases and standards separated by
/// <c>|</c>, standards 1-3 references best first or <c>none</c>. A file with any bad row is refused whole, with every
/// problem and its line, so a half-read map never reaches the matcher. The checks of one row are
/// <see cref="RoleMapRules"/>, which the sector's edit page uses too.
/// </summary>
public static class RoleMapFile
{
    public static readonly string[] Columns = ["id", "service_area", "title", "job_family", "aliases", "standards", "reason", "checked_against"];
    public const int MostStandards = RoleMapRules.MostStandards;

    public static IReadOnlyList<MappedRole> ReadFile(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <exception cref="InvalidDataException">The file has problems; the message lists each with its line.</exception>
    public static IReadOnlyList<MappedRole> Read(TextReader text, string source)
    {
        var (roles, problems) = TryRead(text);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"The sector role map {source} cannot be used:{Environment.NewLine}" + string.Join(Environment.NewLine, problems));
        }
        return roles;
    }

    public static (IReadOnlyList<MappedRole> Roles, IReadOnlyList<string> Problems) TryRead(TextReader text)
    {
        var roles = new List<MappedRole>();
        var problems = new List<string>();
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true, TrimWhitespace = true }, leaveOpen: true);
        var missing = Columns.Where(c => !csv.Headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return (roles, [$"line 1: the header must name the columns {string.Join(',', Columns)}; missing {string.Join(", ", missing)}"]);
        }
        var at = Columns.ToDictionary(c => c, csv.GetFieldIndex);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            string Field(string column) => csv.FieldCount > at[column] ? csv.GetString(at[column]) : "";
            var role = new MappedRole(
                Field("id"), Field("service_area"), Field("title"), Field("job_family"),
                Split(Field("aliases")),
                Field("standards").Equals("none", StringComparison.OrdinalIgnoreCase) ? [] : Split(Field("standards")),
                Field("reason"), Field("checked_against"));
            var before = problems.Count;
            void Check(string? problem)
            {
                if (problem is not null)
                {
                    problems.Add($"line {line}: {problem}");
                }
            }
            var idProblem = RoleMapRules.IdProblem(role.Id);
            Check(idProblem);
            if (idProblem is null && ids.TryGetValue(role.Id, out var first))
            {
                problems.Add($"line {line}: id '{role.Id}' is already used on line {first}");
            }
            Check(RoleMapRules.TitleProblem(role.Title));
            // An empty cell is a slip, not "no standard fits": the file says that with the word none.
            Check(Field("standards").Length == 0
                ? $"standards must be 1 to {MostStandards} references like ST0510 separated by |, or none"
                : RoleMapRules.StandardsProblem(role.Standards, Field("standards")));
            Check(RoleMapRules.ReasonProblem(role.Reason));
            foreach (var problem in RoleMapRules.LengthProblems(role))
            {
                Check(problem);
            }
            foreach (var name in role.Names)
            {
                if (names.TryGetValue(name, out var other) && other.Id != role.Id)
                {
                    problems.Add($"line {line}: '{name}' is also a name of '{other.Id}' (line {other.Line}); each alias points at one role");
                }
                else
                {
                    names[name] = (role.Id, line);
                }
            }
            ids.TryAdd(role.Id, line);
            if (problems.Count == before)
            {
                roles.Add(role);
            }
        }
        return (roles, problems);
    }

    private static string[] Split(string field) => RoleMapRules.Split(field);
}
