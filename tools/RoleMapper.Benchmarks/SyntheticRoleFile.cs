using System.Globalization;
using System.Text;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Benchmarks;

/// <summary>
/// A large council's establishment list as a CSV file, made from data/council-roles.csv with the variations real lists
/// have: seniority written out or abbreviated ("Snr", "Principal"), a team or grade after the title ("- North Area",
/// "(Grade 6)"). No two rows are the same role, so every row is saved; titles repeat only across service areas, as in
/// real lists. Seeded, so every run reads the same file.
/// </summary>
internal static class SyntheticRoleFile
{
    private static readonly string[] Prefixes = ["", "", "Senior ", "Snr ", "Assistant ", "Principal ", "Trainee ", "Lead ", "Deputy "];
    private static readonly string[] Suffixes =
        ["", " - North Area", " - South Locality", " - Countywide", " (Grade 6)", " (Grade 9)", " - Team 2", " - Out of Hours", " (Fixed Term)", " - Central Hub", " (0.5 FTE)", " - Hospital Discharge"];

    public static string Csv(int roles)
    {
        var random = new Random(20261123);
        var catalogue = CouncilRolesCsv.Load();
        var text = new StringBuilder("Job title,Service area,Headcount\n");
        var keys = new HashSet<RoleKey>();
        while (keys.Count < roles)
        {
            var source = catalogue[random.Next(catalogue.Count)];
            var title = Prefixes[random.Next(Prefixes.Length)] + source.Title + Suffixes[random.Next(Suffixes.Length)];
            if (!keys.Add(new RoleKey(title, source.ServiceArea, department: null)))
            {
                continue;
            }
            text.Append(CultureInfo.InvariantCulture, $"\"{title.Replace("\"", "\"\"", StringComparison.Ordinal)}\",\"{source.ServiceArea}\",{random.Next(1, 40)}\n");
        }
        return text.ToString();
    }
}
