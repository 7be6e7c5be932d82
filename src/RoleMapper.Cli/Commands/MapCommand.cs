using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.Workspace;

namespace RoleMapper.Cli.Commands;

/// <summary>
/// <c>rolemapper map --org NAME --confirm-high [--db PATH]</c>: confirms every High-confidence top suggestion of the
/// council's roles, as the web app's bulk confirmation does, recorded as made from the command line.
/// </summary>
internal static class MapCommand
{
    public static Command Create()
    {
        var org = CouncilNames.OrgOption();
        var confirmHigh = new Option<bool>("--confirm-high") { Description = "Confirm every High-confidence suggestion not yet confirmed" };
        var db = CommonOptions.Db();
        var command = new Command("map", "Confirm suggested standards for a council's roles") { org, confirmHigh, db };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(confirmHigh))
            {
                await Console.Error.WriteLineAsync("Nothing to do: add --confirm-high to confirm every High-confidence suggestion.");
                return 1;
            }
            await using var session = await CouncilSession.OpenAsync(parse.GetValue(db), parse.GetValue(org)!, ct);
            if (session is null)
            {
                return 1;
            }
            var who = new Decider(null, $"{Environment.UserName} (command line)");
            var confirmed = await session.Scope.ServiceProvider.GetRequiredService<RoleMapping>().ConfirmHighConfidenceAsync(q => q, chosen: null, who, ct);
            Console.Out.WriteLine($"Confirmed {confirmed} High-confidence {(confirmed == 1 ? "suggestion" : "suggestions")} for {session.Council}.");
            return 0;
        });
        return command;
    }
}
