using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core;
using RoleMapper.Core.Matching;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper roles import --org NAME --in FILE.csv|FILE.xlsx [--remove-missing] [--db PATH]</c>: the web import
/// without the preview. The same reader gives the same messages; every problem is printed with its row number. Rows
/// naming a saved role update it, as on the web (Core's <see cref="RoleFileImport"/>); each change is printed. Saved
/// roles the file does not name are kept, or removed with <c>--remove-missing</c>. Exits 1 when the file has no row that
/// can be saved (a refused file, or no good rows), so a script notices.
/// </summary>
internal static class RolesCommand
{
    public static Command Create() => new("roles", "Manage a council's job roles") { Import() };

    private static Command Import()
    {
        var org = CouncilNames.OrgOption();
        var file = new Option<FileInfo>("--in") { Description = "A CSV or Excel (.xlsx) file of job roles", HelpName = "FILE", Required = true };
        var removeMissing = new Option<bool>("--remove-missing")
        {
            Description = "Delete saved roles the file does not name, with their mapping decisions (default: keep them)",
        };
        var db = CommonOptions.Db();
        var command = new Command("import", "Import job roles from a CSV or Excel file, or update them from a newer one") { org, file, removeMissing, db };
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
            RoleFilePreview preview;
            await using (var stream = path.OpenRead())
            {
                preview = RoleFileReader.Read(stream, path.Name);
            }
            Report(preview);
            if (preview.FileError is not null || preview.ImportableCount == 0)
            {
                await Console.Error.WriteLineAsync(preview.FileError is null ? "No row can be saved, so nothing was saved." : "Nothing was saved.");
                return 1;
            }
            // The suggestions come from this process's index, built from the database before the first match.
            await session.Services.GetRequiredService<StandardsIndex>().EnsureCurrentAsync(ct);
            var notInFile = parse.GetValue(removeMissing) ? RolesNotInFile.Remove : RolesNotInFile.Keep;
            var saved = await session.Scope.ServiceProvider.GetRequiredService<RoleFileImport>()
                .SaveAsync(preview, notInFile, $"{Environment.UserName} (command line)", removeOnlyCreatedBefore: null, ct);
            Report(saved, session.Council);
            return 0;
        });
        return command;
    }

    private static void Report(ImportedRoles saved, string council)
    {
        Console.Out.WriteLine($"Added {Counted.Of(saved.Added.Count, "role", "roles")}, updated {saved.Updated}, unchanged {saved.Unchanged} for {council}; "
            + $"skipped {Counted.Of(saved.Skipped, "row", "rows")}.");
        if (saved.Added.Count > 0)
        {
            var suggested = saved.Added.Count(r => r.SuggestedReference is not null);
            var high = saved.Added.Count(r => r.SuggestedConfidence == Confidence.High);
            Console.Out.WriteLine($"{Counted.Of(suggested, "of the new roles has", "of the new roles have")} a suggested standard, {high} with High confidence.");
        }
        foreach (var change in saved.Changes.Updated)
        {
            Console.Out.WriteLine($"  Row {change.Row.RowNumber} updated: {string.Join(", ", change.Changes)}.");
        }
        if (saved.Removed.Count > 0)
        {
            Console.Out.WriteLine($"Removed {Counted.Of(saved.Removed.Count, "saved role", "saved roles")} not in the file, with {(saved.Removed.Count == 1 ? "its" : "their")} decisions.");
        }
        if (saved.KeptNotInFile > 0)
        {
            Console.Out.WriteLine($"Kept {Counted.Of(saved.KeptNotInFile, "saved role", "saved roles")} not in the file (--remove-missing removes them).");
        }
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
