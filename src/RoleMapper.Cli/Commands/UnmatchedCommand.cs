using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper unmatched [--top N] [--db PATH]</c>: the titles that most often found nothing or only Low matches,
/// most frequent first: the list to read when growing data/matching/synonyms.txt (docs/matching.md).
/// </summary>
internal static class UnmatchedCommand
{
    public static Command Create()
    {
        var top = new Option<int>("--top") { Description = "How many titles to list", DefaultValueFactory = _ => 50 };
        var db = CommonOptions.Db();
        var command = new Command("unmatched", "List the job titles that most often matched nothing or only weakly") { top, db };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: false, ct);
            var rows = await services.GetRequiredService<UnmatchedTitleStore>().MostFrequentAsync(Math.Max(1, parse.GetValue(top)), ct);
            var output = parse.InvocationConfiguration.Output;
            if (rows.Count == 0)
            {
                await output.WriteLineAsync("No weak titles logged yet.");
            }
            foreach (var row in rows)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{row.Count,6}  {row.NormalisedTitle}  (e.g. \"{row.ExampleTitle}\"; best {row.BestReference ?? "none"}; last {row.LastSeenUtc:yyyy-MM-dd})"));
            }
            return 0;
        });
        return command;
    }
}
