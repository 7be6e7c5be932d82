using System.CommandLine;
using RoleMapper.Core;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Export;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Plan;
using RoleMapper.Core.Programme;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper export --org NAME --out FILE.xlsx [--db PATH]</c>: the same Excel map as the dashboard's button, kept
/// with the council's exports the same way, so the web app's list shows it and the next export's changes start after it.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var org = new Option<string>("--org") { Description = "The council's name, as registered (case and extra spaces do not matter)", HelpName = "NAME", Required = true };
        var output = new Option<string>("--out")
        {
            Description = "The file to write; an existing folder gets the usual name (RoleMapper - <council> - <yyyy-MM>.xlsx)",
            HelpName = "FILE.xlsx",
            Required = true,
        };
        var db = CommonOptions.Db();
        var command = new Command("export", "Export a council's map of roles, standards, skills gaps and feed changes to Excel") { org, output, db };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: false, ct);
            await using var context = await services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>().CreateDbContextAsync(ct);
            var name = parse.GetValue(org)!;
            var normalized = Organisation.Normalize(name);
            var councilId = await context.Organisations.Where(o => o.NormalizedName == normalized).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
            if (councilId is not { } id)
            {
                await Console.Error.WriteLineAsync($"No council is called \"{name.Trim()}\". Nothing was exported.");
                return 1;
            }
            context.ScopeToOrganisation(id);
            var made = await MapExports.MakeAsync(context, services.GetRequiredService<MaturityModel>(),
                services.GetRequiredService<TimeProvider>(), userId: null, $"{Environment.UserName} (command line)", ct,
                services.GetRequiredService<IOptions<ProgrammeOptions>>().Value);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            if (Directory.Exists(path))
            {
                path = Path.Combine(path, made.Export.FileName);
            }
            try
            {
                await File.WriteAllBytesAsync(path, made.Export.Content, ct);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"Could not write {path}: {e.Message} Nothing was exported.");
                return 1;
            }
            // Recorded only once the file exists, so the list of exports never holds one nobody received.
            context.MapExports.Add(made.Export);
            await context.SaveChangesAsync(ct);
            var map = made.Map;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {path}: {Counted.Of(map.Roles.Count, "job role", "job roles")}, {Counted.Of(map.SkillsGaps.Count, "skills gap", "skills gaps")}, {Counted.Of(map.Changes.Count, "feed change", "feed changes")} since the last export; {made.Export.SizeBytes / 1024.0:0} KB, SHA-256 {made.Export.Sha256}"));
            return 0;
        });
        return command;
    }
}
