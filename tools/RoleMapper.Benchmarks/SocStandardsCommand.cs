using RoleMapper.Core.RoleMap;
using System.Globalization;
using System.Text;
using RoleMapper.Search;
using RoleMapper.TestSupport;

namespace RoleMapper.Benchmarks;

/// <summary>
/// Writes data/matching/soc-standards.csv: for each ONS unit group, the standards that its job titles match with High or
/// Medium confidence, and the share of those titles that match each. The matcher runs without the file it is making and
/// without the sector role map, so every count comes from a title's own words (its names, descriptions, meaning and
/// level) and the groups carry nothing of the map into cross-validation, which holds parts of the map out. Run again
/// after a new feed, a change to the word lists or a refitted model.
/// </summary>
internal static class SocStandardsCommand
{
    /// <summary>A standard is kept for a group when at least this many titles and this share of its matched titles agree.</summary>
    private const int MinimumTitles = 2;
    private const double MinimumShare = 0.1;
    private const int MostPerGroup = 4;

    public static async Task RunAsync()
    {
        await using var fixture = await SearchFixture.CreateAsync(new Core.RoleMap.NoRoleMap());
        await fixture.Index.RebuildAsync();
        var matcher = new StandardMatcher(fixture.Index, fixture.Parser, useOccupationGroups: false, Search.Ranking.RankingModel.Load());
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<(string Soc, string Reference), int>();
        var answers = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in MatchingData.ReadCsv(MatchingData.OnsTitles))
        {
            var (title, soc) = (row[0], row[1]);
            // Heads, directors and seniors are mapped by seniority, not by occupation: they would teach every group "Senior leader".
            if (fixture.Parser.Parse(title).SeniorityWords.Count > 0)
            {
                continue;
            }
            if (!answers.TryGetValue(title, out var reference))
            {
                // Medium too: one title may be wrong 30% of the time, but a group's share is over many titles.
                var best = matcher.Match(title, new MatchOptions { Top = 1 }).Best;
                answers[title] = reference = best?.Confidence is Confidence.High or Confidence.Medium ? best.Reference : null;
            }
            if (reference is not null)
            {
                matched[soc] = matched.GetValueOrDefault(soc) + 1;
                counts[(soc, reference)] = counts.GetValueOrDefault((soc, reference)) + 1;
            }
        }

        var text = new StringBuilder();
        text.AppendLine("# Standards matched by the job titles of each ONS SOC 2020 unit group, with the share of the group's");
        text.AppendLine("# High- or Medium-confidence titles that match each, matched without the sector role map. Generated from");
        text.AppendLine("# data/matching/ons-titles.csv and the standards feed by");
        text.AppendLine("# dotnet run -c Release --project tools/RoleMapper.Benchmarks -- soc-standards (see SocStandards.cs).");
        text.AppendLine("# Contains public sector information licensed under the Open Government Licence v3.0.");
        text.AppendLine("soc,reference,share");
        var rows = 0;
        foreach (var group in counts.GroupBy(c => c.Key.Soc).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var (key, count) in group.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Reference, StringComparer.Ordinal).Take(MostPerGroup))
            {
                var share = (double)count / matched[group.Key];
                if (count >= MinimumTitles && share >= MinimumShare)
                {
                    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{key.Soc},{key.Reference},{share:0.000}"));
                    rows++;
                }
            }
        }
        var path = RepoPaths.File("data", "matching", "soc-standards.csv");
        await File.WriteAllTextAsync(path, text.ToString());
        Console.WriteLine($"{answers.Count} distinct titles, {answers.Values.Count(a => a is not null)} matched with High or Medium confidence; {rows} rows written to {path}");
    }
}
