using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper roles import --org NAME --in FILE.csv|FILE.xlsx [--db PATH]</c>: the web import without the preview.
/// The same reader gives the same messages; every problem is printed with its row number. Exits 1 when nothing was
/// saved (a refused file, or no good rows), so a script notices.
/// </summary>
internal static class RolesCommand
{
    public static Command Create() => new("roles", "Manage a council's job roles") { Import() };

    private static Command Import()
    {
        var org = CouncilNames.OrgOption();
        var file = new Option<FileInfo>("--in") { Description = "A CSV or Excel (.xlsx) file of job roles", HelpName = "FILE", Required = true };
        var db = CommonOptions.Db();
        var command = new Command("import", "Import job roles from a CSV or Excel file") { org, file, db };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (InputFiles.Problem(path) is { } problem)
            {
                await Console.Error.WriteLineAsync($"{problem} Nothing was saved.");
                return 1;
            }
            await using var session = await CouncilSession.OpenAsync(parse.GetValue(db), parse.GetValue(org)!, ct);
            if (session is null)
            {
                return 1;
            }
            var roles = session.Scope.ServiceProvider.GetRequiredService<CouncilRoles>();
            RoleFilePreview preview;
            await using (var stream = path.OpenRead())
            {
                preview = RoleFileReader.Read(stream, path.Name, await roles.SavedKeysAsync(ct));
            }
            Report(preview);
            if (preview.FileError is not null || preview.ImportableCount == 0)
            {
                await Console.Error.WriteLineAsync(preview.FileError is null ? "No row can be saved, so nothing was saved." : "Nothing was saved.");
                return 1;
            }
            // The suggestions come from this process's index, built from the database before the first match.
            await session.Services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync(ct);
            var added = await roles.AddAsync(preview.Rows, $"{Environment.UserName} (command line)", ct);
            var high = added.Count(r => r.SuggestedConfidence == Confidence.High);
            Console.Out.WriteLine($"Saved {Counted.Of(added.Count, "role", "roles")} for {session.Council}; skipped {Counted.Of(preview.Rows.Count - added.Count, "row", "rows")}.");
            Console.Out.WriteLine($"{Counted.Of(added.Count(r => r.SuggestedReference is not null), "of them has", "of them have")} a suggested standard, {high} with High confidence.");
            return 0;
        });
        return command;
    }

    private static void Report(RoleFilePreview preview)
    {
        if (preview.FileError is { } error)
        {
            Console.Error.WriteLine($"{preview.FileName}: {error}");
            return;
        }
        Console.Out.WriteLine($"Read {preview.FileName}{(preview.SheetName is null ? "" : $" (worksheet \"{preview.SheetName}\")")}: {Counted.Of(preview.Rows.Count, "row", "rows")}, {preview.ImportableCount} can be saved.");
        foreach (var warning in preview.FileWarnings)
        {
            Console.Out.WriteLine($"  {warning}");
        }
        foreach (var row in preview.Rows)
        {
            foreach (var problem in row.Problems)
            {
                var what = problem.Severity == ProblemSeverity.Error ? "not saved" : "warning";
                Console.Out.WriteLine($"  Row {row.RowNumber} ({what}): {problem.Message}");
            }
        }
    }
}
