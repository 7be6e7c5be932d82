using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleMapper.Core.StandardsFeed;

namespace RoleMapper.Cli.Commands;

/// <summary><c>rolemapper import [--from PATH|URL] [--allow-large-removal] [--db PATH] [--json]</c>: one import, a summary, exit 0 only on success.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from")
        {
            Description = "A .json or .json.gz file, or a URL (default: the live feed, Import:FeedUrl)",
            HelpName = "PATH|URL",
        };
        var allowLargeRemoval = new Option<bool>("--allow-large-removal")
        {
            Description = "Apply this one feed even if it would remove more approved standards or versions than the guard allows "
                          + "(for a real, large change upstream; the run records that you chose this)",
        };
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var command = new Command("import", "Import the apprenticeship standards feed into the database") { from, allowLargeRemoval, db, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.StartAsync(parse.GetValue(db), seedWhenEmpty: false, ct);
            var source = parse.GetValue(from) is { Length: > 0 } location
                ? new FeedSource(location)
                : new FeedSource(services.GetRequiredService<IOptions<ImportOptions>>().Value.FeedUrl);
            var removalOverride = parse.GetValue(allowLargeRemoval) ? new RemovalOverride($"{Environment.UserName} (command line)") : null;
            ImportRun run;
            try
            {
                run = await services.GetRequiredService<ImportService>().RunAsync(source, removalOverride, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Stopped before the run began (while waiting for the database): there is no run to report.
                await Console.Error.WriteLineAsync("Cancelled before the import started; nothing was changed.");
                return ExitCodes.Cancelled;
            }
            Console.Out.Write(parse.GetValue(json) ? ToJson(run) : ToText(run));
            if (run is { Outcome: ImportOutcome.Failed, FailureReason: { } reason })
            {
                // The summary above is the record; this is the one line a script or a person scanning stderr needs.
                await Console.Error.WriteLineAsync($"The import failed, so nothing was changed: {CliErrors.OneLine(reason)}");
            }
            return run.Outcome switch
            {
                ImportOutcome.Succeeded => 0,
                ImportOutcome.Cancelled => ExitCodes.Cancelled,
                _ => 1,
            };
        });
        return command;
    }

    private static double Seconds(ImportRun run) =>
        Math.Round(((run.FinishedUtc ?? run.StartedUtc) - run.StartedUtc).TotalSeconds, 2);

    internal static string ToJson(ImportRun run) => JsonSerializer.Serialize(new
    {
        outcome = run.Outcome.ToString(),
        source = run.Source,
        feedDate = run.FeedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        failureReason = run.FailureReason,
        records = run.Records,
        approved = run.Approved,
        added = run.Added,
        statusChanges = run.StatusChanges,
        contentChanges = run.ContentChanges,
        vanished = run.Vanished,
        unchanged = run.Unchanged,
        rejected = run.Rejected,
        approvedVersionChanges = run.ApprovedVersionChanges,
        newlyApproved = run.NewlyApproved,
        noLongerApproved = run.NoLongerApproved,
        errors = run.Errors.Select(e => new { reference = e.Reference, message = e.Message }),
        warnings = run.Warnings.Select(w => new { reference = w.Reference, message = w.Message }),
        seconds = Seconds(run),
    }) + Environment.NewLine;

    private static string ToText(ImportRun run)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Import from {run.Source}: {run.Outcome} in {Seconds(run):0.0} s");
        if (run.FailureReason is { } reason)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Nothing was changed. {reason}");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {run.Records} versions in the feed dated {run.FeedDate:yyyy-MM-dd}; {run.Approved} standards approved for delivery");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {run.Added} added, {run.StatusChanges} status changes, {run.ContentChanges} content changes, {run.Vanished} vanished, {run.Unchanged} unchanged, {run.Rejected} rejected");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {run.ApprovedVersionChanges} standards moved to a new approved version, {run.NewlyApproved} newly approved, {run.NoLongerApproved} no longer approved");
        }
        if (run.Errors.Count > 0)
        {
            text.AppendLine("Errors (the previous rows of these standards were kept):");
            foreach (var e in run.Errors)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {e.Reference}: {e.Message}");
            }
        }
        // Notes about the whole run (an overridden guard) in full; record warnings counted, with the first as an example.
        foreach (var note in run.Warnings.Where(w => w.Reference.Length == 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Note: {note.Message}");
        }
        var warnings = run.Warnings.Where(w => w.Reference.Length > 0).ToList();
        if (warnings.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{warnings.Count} warnings (reported only), first: {warnings[0].Reference}: {warnings[0].Message}");
        }
        return text.ToString();
    }
}
